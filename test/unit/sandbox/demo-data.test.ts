// The demo clinic's data: deterministic per seed and week, shaped for the agenda's screens.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/sandbox/random.ts';
import { clinicTimeZone, weekStartOf } from '../../../src/sandbox/time.ts';
import { isNearNowDemoVisit } from '../../../src/sandbox/world/bookings.ts';
import type { BookingRecord, World } from '../../../src/sandbox/world/model.ts';
import { buildWorld } from '../../../src/sandbox/world/seed.ts';
import { wednesdayMorning } from './sandbox-client.ts';

const local = (instant: Temporal.Instant) => instant.toZonedDateTimeISO(clinicTimeZone);

function bookingsOfWeek(world: World, now: Date, weekOffset = 0): BookingRecord[] {
  const start = weekStartOf(now).add({ days: 7 * weekOffset });
  const end = start.add({ days: 7 });
  return world.bookings.filter(
    (booking) =>
      Temporal.Instant.compare(booking.startAt, start.toInstant()) >= 0 &&
      Temporal.Instant.compare(booking.startAt, end.toInstant()) < 0,
  );
}

function onlineAddressIds(world: World): Set<string> {
  return new Set(
    world.addresses.filter((address) => address.isOnlineOnly).map((address) => address.id),
  );
}

/** Mondays through Sundays of several weeks, across both DST changes of 2026 and 2027. */
const moments = [
  wednesdayMorning,
  new Date('2026-03-29T12:00:00Z'), // Sunday of the spring change
  new Date('2026-10-26T05:00:00Z'), // Monday after the autumn change
  new Date('2027-01-01T00:30:00Z'),
  new Date('2027-06-18T16:00:00Z'),
];

describe('demo data', () => {
  it('is identical for the same seed and the same week, whatever the time within it, but for the next video visits', () => {
    const monday = new Date('2026-11-23T08:00:00Z');
    const saturday = new Date('2026-11-28T20:00:00Z');
    // The demo doctor's visits differ (the near-now ones, and those that made way for them);
    // everyone else's are the same.
    const othersOf = (world: World) => {
      const demoDoctor = world.doctors[0]?.id;
      const hers = new Set(
        world.addresses.filter((a) => a.doctorId === demoDoctor).map((a) => a.id),
      );
      return { ...world, bookings: world.bookings.filter((b) => !hers.has(b.addressId)) };
    };
    expect(othersOf(buildWorld(7, monday))).toEqual(othersOf(buildWorld(7, saturday)));
  });

  it.each([
    ...moments,
    new Date('2026-12-04T16:30:00Z'), // Friday 17:30: the week's visits are over
    new Date('2026-12-06T22:55:00Z'), // Sunday 23:55
    new Date('2026-12-08T02:10:00Z'), // Tuesday 03:10, at night
  ])(
    'started %s: the demo doctor has a video visit within the hour and another after it',
    (now) => {
      const world = buildWorld(1, now);
      const anna = world.doctors[0]!;
      const annaOnline = world.addresses.find(
        (address) => address.doctorId === anna.id && address.isOnlineOnly,
      )!;
      const minutesAway = world.bookings
        .filter(
          (booking) =>
            booking.addressId === annaOnline.id &&
            booking.status === 'booked' &&
            booking.videocallUrl?.startsWith('https://') &&
            booking.startAt.epochMilliseconds > now.getTime(),
        )
        .map((booking) => (booking.startAt.epochMilliseconds - now.getTime()) / 60_000)
        .sort((a, b) => a - b);
      expect(minutesAway[0]).toBeGreaterThanOrEqual(15);
      expect(minutesAway[0]).toBeLessThan(45);
      // On the half-hour grid of every other visit, so the free times around them stay whole.
      const soon = world.bookings.filter((booking) => isNearNowDemoVisit(booking));
      expect(soon).toHaveLength(2);
      for (const booking of soon) expect(booking.startAt.epochMilliseconds % 1_800_000).toBe(0);
      expect(minutesAway.filter((minutes) => minutes <= 180).length).toBeGreaterThanOrEqual(2);
      // Anna sees no two visits at once.
      const annaAddresses = new Set(
        world.addresses.filter((address) => address.doctorId === anna.id).map((a) => a.id),
      );
      const hers = world.bookings
        .filter((booking) => annaAddresses.has(booking.addressId))
        .sort((a, b) => a.startAt.epochMilliseconds - b.startAt.epochMilliseconds);
      for (let i = 1; i < hers.length; i++) {
        expect(hers[i]!.startAt.epochMilliseconds).toBeGreaterThanOrEqual(
          hers[i - 1]!.endAt.epochMilliseconds,
        );
      }
    },
  );

  it('differs for another seed and for another week', () => {
    const sameWeek = buildWorld(1, wednesdayMorning);
    expect(buildWorld(2, wednesdayMorning).bookings).not.toEqual(sameWeek.bookings);
    const nextWeek = new Date(wednesdayMorning.getTime() + 7 * 86_400_000);
    expect(buildWorld(1, nextWeek).bookings).not.toEqual(sameWeek.bookings);
  });

  it.each(moments)(
    'around %s: about 40 visits this week, and some the weeks either side',
    (now) => {
      const world = buildWorld(1, now);
      expect(bookingsOfWeek(world, now).length).toBeGreaterThanOrEqual(30);
      expect(bookingsOfWeek(world, now).length).toBeLessThanOrEqual(60);
      expect(bookingsOfWeek(world, now, -1).length).toBeGreaterThan(0);
      expect(bookingsOfWeek(world, now, 1).length).toBeGreaterThan(0);
    },
  );

  it.each(moments)(
    'around %s: every weekday has a booked online visit with a video room',
    (now) => {
      const world = buildWorld(1, now);
      const online = onlineAddressIds(world);
      const weekdays = new Set(
        bookingsOfWeek(world, now)
          .filter((booking) => !isNearNowDemoVisit(booking))
          .filter((booking) => online.has(booking.addressId) && booking.status === 'booked')
          .filter((booking) => booking.videocallUrl?.startsWith('https://'))
          .map((booking) => local(booking.startAt).dayOfWeek),
      );
      expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
    },
  );

  it.each(moments)(
    'around %s: visits fall Mon–Fri 08:00–18:00 Warsaw and never overlap per doctor',
    (now) => {
      const world = buildWorld(3, now);
      const doctorOf = new Map(world.addresses.map((address) => [address.id, address.doctorId]));
      const lastEnd = new Map<string, Temporal.Instant>();
      for (const booking of world.bookings.filter((each) => !isNearNowDemoVisit(each))) {
        const start = local(booking.startAt);
        const end = local(booking.endAt);
        expect(start.dayOfWeek).toBeLessThanOrEqual(5);
        expect(start.hour).toBeGreaterThanOrEqual(8);
        expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(18 * 60);
        const doctor = doctorOf.get(booking.addressId)!;
        const previous = lastEnd.get(doctor);
        if (previous)
          expect(Temporal.Instant.compare(previous, booking.startAt)).toBeLessThanOrEqual(0);
        lastEnd.set(doctor, booking.endAt);
      }
    },
  );

  it('takes its duration from the address service and only pays where the address does', () => {
    const world = buildWorld(1, wednesdayMorning);
    for (const booking of world.bookings) {
      const service = world.addressServices.find(
        (candidate) => candidate.id === booking.addressServiceId,
      );
      const address = world.addresses.find((candidate) => candidate.id === booking.addressId);
      expect(service?.addressId).toBe(booking.addressId);
      expect(booking.endAt.since(booking.startAt).total('minutes')).toBe(service?.durationMinutes);
      expect(booking.visitPayment).toBe(address?.visitPayment);
      expect(booking.videocallUrl !== null).toBe(address?.isOnlineOnly);
    }
  });

  it('has canceled visits and several payment states this week', () => {
    const week = bookingsOfWeek(buildWorld(1, wednesdayMorning), wednesdayMorning);
    expect(week.some((booking) => booking.status === 'canceled')).toBe(true);
    const statuses = new Set(week.map((booking) => booking.visitPaymentStatus).filter(Boolean));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
  });

  it('gives every address a distinct id and both kinds of address to every doctor', () => {
    const world = buildWorld(1, wednesdayMorning);
    expect(new Set(world.addresses.map((address) => address.id)).size).toBe(world.addresses.length);
    for (const doctor of world.doctors) {
      const kinds = world.addresses
        .filter((address) => address.doctorId === doctor.id)
        .map((a) => a.isOnlineOnly);
      expect(kinds.sort()).toEqual([false, true]);
    }
    const paying = world.addresses.filter((address) => address.visitPayment);
    expect(paying.some((address) => address.isOnlineOnly)).toBe(true);
    expect(paying.some((address) => !address.isOnlineOnly)).toBe(true);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays within bounds', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const a = Array.from({ length: 50 }, () => first.int(3, 9));
    const b = Array.from({ length: 50 }, () => second.int(3, 9));
    expect(a).toEqual(b);
    expect(Math.min(...a)).toBe(3);
    expect(Math.max(...a)).toBe(9);
  });
});
