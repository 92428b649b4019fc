// Bookings played through the embedded sandbox for the payments, roles and hostile-content tests:
// put the clock on Monday morning of this week (every weekday still has free slots), find free
// starts of one address with the sandbox's own Docplanner API, and book exactly those.
import { Temporal } from 'temporal-polyfill';
import type { ProductionServer } from '../support/production-server.ts';
import type { ApiSession } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, setSandboxClock } from './fixtures.ts';

const clinicZone = 'Europe/Warsaw';
const demoFacilityId = '139878';

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
export async function mondayMorning(
  server: ProductionServer,
  session: ApiSession,
): Promise<Temporal.ZonedDateTime> {
  const clock = (await sandboxControl(sandboxUrlOf(server), 'GET', '/clock')) as { now: string };
  const today = Temporal.Instant.from(clock.now).toZonedDateTimeISO(clinicZone).startOfDay();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  await setSandboxClock(
    server,
    session,
    monday.add({ hours: 7, minutes: 30 }).toString({ timeZoneName: 'never' }),
  );
  return monday;
}

async function sandboxToken(sandboxUrl: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}/oauth/v2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=integration',
  });
  if (!response.ok) throw new Error(`sandbox token: HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** `count` free starts of an address on one day, an hour apart, as `GET …/slots` lists them. */
export async function freeStarts(
  sandboxUrl: string,
  where: { doctorId: string; addressId: string },
  day: Temporal.ZonedDateTime,
  count: number,
): Promise<string[]> {
  const wire = (at: Temporal.ZonedDateTime) =>
    at.toString({ timeZoneName: 'never', smallestUnit: 'second' });
  const query = new URLSearchParams({
    start: wire(day.add({ hours: 8 })),
    end: wire(day.add({ hours: 18 })),
  });
  const response = await fetch(
    `${sandboxUrl}/api/v3/integration/facilities/${demoFacilityId}/doctors/${where.doctorId}/addresses/${where.addressId}/slots?${query}`,
    { headers: { authorization: `Bearer ${await sandboxToken(sandboxUrl)}` } },
  );
  if (!response.ok) throw new Error(`sandbox slots: HTTP ${response.status}`);
  const slots = ((await response.json()) as { _items: { start: string }[] })._items;
  const chosen: string[] = [];
  for (const { start } of slots) {
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
