// Slots: the ranges addresses publish and the bookable starts they yield, minus the doctor's
// visits and the past. A start steps by the shortest service of its range and offers the services
// whose whole length is free there, as Docplanner offers a 30-minute visit only where 30 minutes are.
import type { Temporal } from 'temporal-polyfill';
import type {
  AddressRecord,
  AddressServiceRecord,
  BookingRecord,
  SlotRangeRecord,
  World,
} from './model.ts';

/** Mon–Fri 08:00–18:00 (Warsaw) this week and next, every service of each address. */
export function openingHours(
  weekStart: Temporal.ZonedDateTime,
  addresses: AddressRecord[],
  addressServices: AddressServiceRecord[],
): SlotRangeRecord[] {
  const days = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((offset) => weekStart.add({ days: offset }));
  return addresses.flatMap((address) => {
    const services = addressServices
      .filter((service) => service.addressId === address.id)
      .map((service) => ({
        addressServiceId: service.id,
        durationMinutes: service.durationMinutes,
      }));
    return days.map((day) => ({
      addressId: address.id,
      start: day.add({ hours: 8 }).toInstant(),
      end: day.add({ hours: 18 }).toInstant(),
      services,
      insuranceAccepted: 'with-and-without-insurance' as const,
      insuranceProviders: [],
    }));
  });
}

export interface OpenSlot {
  start: Temporal.Instant;
  range: SlotRangeRecord;
  /** The range's services that fit from this start: inside the range, clear of every visit. */
  services: SlotRangeRecord['services'];
}

export interface SlotQuery {
  address: AddressRecord;
  from: Temporal.Instant;
  to: Temporal.Instant;
  now: Temporal.Instant;
}

export function openSlots(world: World, query: SlotQuery): OpenSlot[] {
  const busy: Busy[] = [
    ...doctorVisits(world, query.address.doctorId),
    ...world.breaks
      .filter((pause) => pause.addressId === query.address.id)
      .map((pause) => ({ startAt: pause.since, endAt: pause.till })),
  ];
  const byStart = new Map<number, OpenSlot>();
  for (const range of world.slotRanges) {
    if (range.addressId !== query.address.id || range.services.length === 0) continue;
    const step = Math.min(...range.services.map((service) => service.durationMinutes));
    for (let start = range.start; ; start = start.add({ minutes: step })) {
      const end = start.add({ minutes: step });
      if (end.epochMilliseconds > range.end.epochMilliseconds) break;
      const ms = start.epochMilliseconds;
      if (ms < query.from.epochMilliseconds || ms > query.to.epochMilliseconds) continue;
      if (ms < query.now.epochMilliseconds || overlapsAny(busy, start, end)) continue;
      const services = range.services.filter((service) => {
        const serviceEnd = start.add({ minutes: service.durationMinutes });
        return (
          serviceEnd.epochMilliseconds <= range.end.epochMilliseconds &&
          !overlapsAny(busy, start, serviceEnd)
        );
      });
      if (!byStart.has(ms)) byStart.set(ms, { start, range, services });
    }
  }
  return [...byStart.values()].sort(
    (a, b) => a.start.epochMilliseconds - b.start.epochMilliseconds,
  );
}

/** The doctor's booked visits at all their addresses: one doctor cannot be in two rooms. */
export function doctorVisits(world: World, doctorId: string, except?: string): BookingRecord[] {
  const addressIds = new Set(
    world.addresses.filter((address) => address.doctorId === doctorId).map((address) => address.id),
  );
  return world.bookings.filter(
    (booking) =>
      booking.status === 'booked' && addressIds.has(booking.addressId) && booking.id !== except,
  );
}

type Busy = Pick<BookingRecord, 'startAt' | 'endAt'>;

export function overlapsAny(
  visits: Busy[],
  start: Temporal.Instant,
  end: Temporal.Instant,
): boolean {
  return visits.some(
    (visit) =>
      visit.startAt.epochMilliseconds < end.epochMilliseconds &&
      visit.endAt.epochMilliseconds > start.epochMilliseconds,
  );
}

/** Cuts `[start, end)` out of the address's ranges, keeping what lies either side. */
export function clearSlots(
  world: World,
  addressId: string,
  start: Temporal.Instant,
  end: Temporal.Instant,
): void {
  world.slotRanges = world.slotRanges.flatMap((range) => {
    const untouched =
      range.addressId !== addressId ||
      range.end.epochMilliseconds <= start.epochMilliseconds ||
      range.start.epochMilliseconds >= end.epochMilliseconds;
    if (untouched) return [range];
    const pieces: SlotRangeRecord[] = [];
    if (range.start.epochMilliseconds < start.epochMilliseconds)
      pieces.push({ ...range, end: start });
    if (range.end.epochMilliseconds > end.epochMilliseconds) pieces.push({ ...range, start: end });
    return pieces;
  });
}
