// The demo clinic's data: deterministic per seed and week, shaped for the agenda's screens.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/sandbox/random.ts';
import { clinicTimeZone, weekStartOf } from '../../../src/sandbox/time.ts';
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
  it('is identical for the same seed and the same week, whatever the time within it', () => {
    const monday = new Date('2026-11-23T08:00:00Z');
    const saturday = new Date('2026-11-28T20:00:00Z');
    expect(buildWorld(7, monday)).toEqual(buildWorld(7, saturday));
  });

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
      for (const booking of world.bookings) {
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
