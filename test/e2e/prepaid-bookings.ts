// Bookings played through the embedded sandbox for the payments, roles and hostile-content tests:
// put the clock on Monday morning of this week (every weekday still has free slots), find free
// starts of one address with the sandbox's own Docplanner API, and book exactly those.
import { Temporal } from 'temporal-polyfill';
import { sandboxControl } from './fixtures.ts';
import { clinicZone, freeSlots, startOfThisWorkingWeek } from './sandbox-patients.ts';

/** Anna Kowalska's online address: its patients pay in advance. */
export const annaOnline = { doctorId: '100101', addressId: '200201' };

export interface SandboxBooking {
  bookingId: string;
  addressId: string;
  doctorId: string;
  start: string;
  visitPayment: boolean;
  videocallUrl: string | null;
}

/** `09:00`: how the agenda writes an instant (24-hour clock, facility zone). */
export function clinicClock(instant: string): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO(clinicZone);
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** Moves the sandbox (and the server, which follows) to Monday 07:30 of its current week. */
export const mondayMorning = startOfThisWorkingWeek;

/** `count` free starts of an address on one day, an hour apart, as `GET …/slots` lists them. */
export async function freeStarts(
  sandboxUrl: string,
  where: { doctorId: string; addressId: string },
  day: Temporal.ZonedDateTime,
  count: number,
): Promise<string[]> {
  const slots = await freeSlots(
    sandboxUrl,
    where,
    day.add({ hours: 8 }).toInstant(),
    day.add({ hours: 18 }).toInstant(),
  );
  const chosen: string[] = [];
  for (const start of slots) {
    const last = chosen.at(-1);
    if (last !== undefined && Date.parse(start) - Date.parse(last) < 60 * 60_000) continue;
    chosen.push(start);
    if (chosen.length === count) return chosen;
  }
  throw new Error(`only ${chosen.length} of ${count} free starts at ${where.addressId} on ${day}`);
}

/** A patient books exactly this start (always given: a known sandbox bug can stick without). */
export async function patientBooks(
  sandboxUrl: string,
  wish: { addressId: string; start: string; prepaid?: boolean },
): Promise<SandboxBooking> {
  return (await sandboxControl(sandboxUrl, 'POST', '/marketplace/book', wish)) as SandboxBooking;
}
