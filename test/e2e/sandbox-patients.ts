// What Docplanner's patients do, played through the embedded sandbox for browser tests: find a
// free slot (the sandbox's own Docplanner API), book it, cancel, move — each answer is what the
// sandbox did, so a test knows the booking id and time it must then see on screen.
import { Temporal } from 'temporal-polyfill';
import { agendaSchema } from '../../src/shared/api/agenda.ts';
import type { Visit } from '../../src/shared/api/visit.ts';
import type { ProductionServer } from '../support/production-server.ts';
import type { ApiSession } from '../support/staff-session.ts';
import { sandboxControl, sandboxUrlOf, setSandboxClock } from './fixtures.ts';

export const clinicZone = 'Europe/Warsaw';
export const demoFacilityId = '139878';

export interface BookedVisit {
  bookingId: string;
  addressId: string;
  doctorId: string;
  start: string;
  visitPayment: boolean;
  videocallUrl: string | null;
}

export interface MovedVisit {
  newBookingId: string;
  start: string;
}

/** `2026-11-25T09:00:00+01:00`, the sandbox's wire form (Warsaw offset). */
export function wireTime(instant: Temporal.Instant): string {
  return instant
    .toZonedDateTimeISO(clinicZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** `09:00`: how the agenda writes a start (24-hour clock, facility zone). */
export function clockText(instant: string): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO(clinicZone);
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** `2026-11-25`: the day column FullCalendar draws the visit in. */
export function clinicDate(instant: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(clinicZone).toPlainDate().toString();
}

/** Monday 00:00 (Warsaw) of the sandbox's current week. */
export async function sandboxWeekStart(sandboxUrl: string): Promise<Temporal.ZonedDateTime> {
  const clock = (await sandboxControl(sandboxUrl, 'GET', '/clock')) as { now: string };
  const today = Temporal.Instant.from(clock.now).toZonedDateTimeISO(clinicZone).startOfDay();
  return today.subtract({ days: today.dayOfWeek - 1 });
}

/**
 * Puts the sandbox (and the agenda server, which follows it) on Monday 07:30 of this week, so
 * that every weekday of the week on screen still has free slots, whatever day the tests run.
 */
export async function startOfThisWorkingWeek(
  server: ProductionServer,
  session: ApiSession,
): Promise<Temporal.ZonedDateTime> {
  const monday = await sandboxWeekStart(sandboxUrlOf(server));
  await setSandboxClock(
    server,
    session,
    monday.add({ hours: 7, minutes: 30 }).toString({
      timeZoneName: 'never',
    }),
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

/** Free starts of one address between two instants, as Docplanner's `GET …/slots` lists them. */
export async function freeSlots(
  sandboxUrl: string,
  where: { doctorId: string; addressId: string },
  from: Temporal.Instant,
  to: Temporal.Instant,
): Promise<string[]> {
  const token = await sandboxToken(sandboxUrl);
  const query = new URLSearchParams({ start: wireTime(from), end: wireTime(to) });
  const response = await fetch(
    `${sandboxUrl}/api/v3/integration/facilities/${demoFacilityId}/doctors/${where.doctorId}/addresses/${where.addressId}/slots?${query}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`sandbox slots: HTTP ${response.status}`);
  const body = (await response.json()) as { _items: { start: string }[] };
  return body._items.map((slot) => slot.start);
}

/**
 * A patient books the first free start of the address in `[from, to]`. The free starts are read
 * just before booking: a booking cuts the address's slot range, which can shift the 20-minute grid
 * of the starts after it, so a start listed before another booking may no longer exist.
 */
export async function patientBooksFreeSlot(
  sandboxUrl: string,
  where: { doctorId: string; addressId: string },
  from: Temporal.Instant,
  to: Temporal.Instant,
  options: { prepaid?: boolean } = {},
): Promise<BookedVisit> {
  const [start] = await freeSlots(sandboxUrl, where, from, to);
  if (start === undefined)
    throw new Error(`no free slot at address ${where.addressId} between ${from} and ${to}`);
  const booked = await patientBooks(sandboxUrl, { addressId: where.addressId, start, ...options });
  if (Date.parse(booked.start) !== Date.parse(start))
    throw new Error(`the sandbox booked ${booked.start} instead of ${start}`);
  return booked;
}

/** A patient books exactly this start (always given: see the sandbox's README). */
export async function patientBooks(
  sandboxUrl: string,
  wish: { addressId: string; start: string; prepaid?: boolean },
): Promise<BookedVisit> {
  return (await sandboxControl(sandboxUrl, 'POST', '/marketplace/book', wish)) as BookedVisit;
}

/** Someone removes a doctor's break in Docplanner's own calendar (the integration API). */
export async function docplannerDeletesBreak(
  sandboxUrl: string,
  where: { doctorId: string; addressId: string },
  breakId: string,
): Promise<void> {
  const token = await sandboxToken(sandboxUrl);
  const response = await fetch(
    `${sandboxUrl}/api/v3/integration/facilities/${demoFacilityId}/doctors/${where.doctorId}/addresses/${where.addressId}/breaks/${breakId}`,
    { method: 'DELETE', headers: { authorization: `Bearer ${token}` } },
  );
  if (response.status !== 204) throw new Error(`sandbox delete break: HTTP ${response.status}`);
}

export async function patientCancels(sandboxUrl: string, bookingId: string): Promise<void> {
  await sandboxControl(sandboxUrl, 'POST', `/bookings/${bookingId}/cancel`, { by: 'user' });
}

export async function patientMoves(
  sandboxUrl: string,
  bookingId: string,
  start: string,
): Promise<MovedVisit> {
  return (await sandboxControl(sandboxUrl, 'POST', `/bookings/${bookingId}/move`, {
    start,
  })) as MovedVisit;
}

/**
 * The visit as our BFF serves it to this session (`GET /api/agenda` around its start), once the
 * BFF has heard of it — what the page will show, read without the page.
 */
export async function visitThroughAgenda(
  serverUrl: string,
  session: ApiSession,
  visitId: string,
  around: string,
): Promise<Visit> {
  const day = 24 * 3600 * 1000;
  const query = new URLSearchParams({
    from: new Date(Date.parse(around) - day).toISOString(),
    to: new Date(Date.parse(around) + day).toISOString(),
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${serverUrl}/api/agenda?${query}`, { headers: session.headers });
    if (!response.ok) throw new Error(`GET /api/agenda: HTTP ${response.status}`);
    const agenda = agendaSchema.parse(await response.json());
    const visit = agenda.visits.find((candidate) => candidate.id === visitId);
    if (visit) return visit;
    if (Date.now() > deadline) throw new Error(`the agenda server never heard of visit ${visitId}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}
