// Finding a patient in a real browser on the sandbox: reception types part of a surname (no
// accents), sees the patient's past and coming visits, picks a coming one with the keyboard, and
// the agenda lands on that day with the visit's card open. A doctor finds only their own visits.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { createDocplannerApi } from '../../src/server/upstream/docplanner-api.ts';
import { createDocplannerHttp } from '../../src/server/upstream/http.ts';
import { createTokenSource } from '../../src/server/upstream/token-source.ts';
import { type PatientSearch, patientSearchSchema } from '../../src/shared/api/patient-search.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { sandboxUrlOf, saveScreenshot, setSandboxClock, test } from './fixtures.ts';
import {
  clinicDate,
  clinicZone,
  demoFacilityId,
  startOfThisWorkingWeek,
} from './sandbox-patients.ts';

// Dr Piotr Nowak's in-person address, and Dr Anna Kowalska's (the demo doctor's) online one.
const nowak = { facilityId: demoFacilityId, doctorId: '100102', addressId: '200102' };
const annaOnline = { facilityId: demoFacilityId, doctorId: '100101', addressId: '200201' };

interface Patient {
  name: string;
  surname: string;
  phone: string;
}

/** The clinic's desk books a phone patient on Docplanner: the first free start from `from`. */
async function deskBooks(
  server: ProductionServer,
  where: typeof nowak,
  from: Temporal.ZonedDateTime,
  patient: Patient,
): Promise<{ id: string; start: string }> {
  const origin = sandboxUrlOf(server);
  const tokens = createTokenSource({
    origin,
    clientId: 'sandbox-client',
    clientSecret: 'sandbox-secret',
  });
  const api = createDocplannerApi(createDocplannerHttp({ origin, tokens, retryLimit: 0 }));
  const wire = (time: Temporal.ZonedDateTime) => time.toString({ timeZoneName: 'never' });
  const slots = await api.getSlots(where, wire(from), wire(from.add({ hours: 10 })));
  const slot = slots.find((candidate) => candidate.address_services?._items[0]);
  const service = slot?.address_services?._items[0];
  if (!slot || !service) throw new Error(`no free slot at ${where.addressId} from ${from}`);
  const booking = await api.bookSlot(where, slot.start, {
    address_service_id: String(service.id),
    duration: Number(service.duration ?? 20),
    is_returning: false,
    patient,
  });
  return { id: booking.id, start: booking.start_at };
}

async function searchApi(server: ProductionServer, session: ApiSession, q: string) {
  const response = await fetch(`${server.url}/api/patients?q=${encodeURIComponent(q)}`, {
    headers: session.headers,
  });
  if (!response.ok) throw new Error(`GET /api/patients: HTTP ${response.status}`);
  return patientSearchSchema.parse(await response.json());
}

/** Waits until the agenda server has heard of these bookings (the sandbox notifies it). */
async function awaitFound(
  server: ProductionServer,
  session: ApiSession,
  q: string,
  ids: readonly string[],
): Promise<PatientSearch> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await searchApi(server, session, q);
    if (ids.every((id) => found.visits.some((visit) => visit.id === id))) return found;
    if (Date.now() > deadline)
      throw new Error(`the agenda server never heard of ${ids.join(', ')}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

/** `Wed, 9 Dec 2026, 09:00–09:20`-like start of how the list writes a visit's time. */
function listedDay(start: string): string {
  return Temporal.Instant.from(start)
    .toZonedDateTimeISO(clinicZone)
    .toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

function clockText(start: string): string {
  const time = Temporal.Instant.from(start).toZonedDateTimeISO(clinicZone);
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function searchField(page: Page) {
  return page.getByRole('combobox', { name: 'Find a patient' });
}

describe('finding a patient in a real browser', () => {
  test('reception finds a patient by part of the surname, picks a coming visit, and the agenda shows that day with its card open', async ({
    page,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    const patient = { name: 'Łucja', surname: 'Brzęczyszczykiewicz', phone: '+48 511 222 333' };
    // This Monday morning (past once the clock moves on), and two visits next week.
    const past = await deskBooks(server, nowak, monday.add({ hours: 9 }), patient);
    const onlineNextWeek = await deskBooks(
      server,
      annaOnline,
      monday.add({ days: 8, hours: 9 }),
      patient,
    );
    const coming = await deskBooks(server, nowak, monday.add({ days: 9, hours: 10 }), patient);
    await awaitFound(server, session, 'brzeczy', [past.id, onlineNextWeek.id, coming.id]);
    await setSandboxClock(
      server,
      session,
      monday.add({ hours: 12 }).toString({ timeZoneName: 'never' }),
    );

    await signInPage(page, 'reception');
    const field = searchField(page);
    await field.pressSequentially('brzeczysz', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Visits found' });
    await list.waitFor();
    const options = list.getByRole('option');
    expect(await options.count()).toBe(3);
    // Newest first: the coming visit, then the online one, then this morning's.
    const texts = await options.allTextContents();
    expect(texts[0]).toContain(`${listedDay(coming.start)}, ${clockText(coming.start)}`);
    expect(texts[0]).toContain('Łucja Brzęczyszczykiewicz, +48 511 222 333');
    expect(texts[0]).toContain('Dr Piotr Nowak, In person');
    expect(texts[1]).toContain(listedDay(onlineNextWeek.start));
    expect(texts[1]).toContain('Dr Anna Kowalska, Online');
    expect(texts[2]).toContain(listedDay(past.start));
    // Online is purple, as on the agenda's blocks.
    const stripe = await options.nth(1).evaluate((element) => getComputedStyle(element).boxShadow);
    expect(stripe).toMatch(/rgb\(109, 40, 217\)/);
    await saveScreenshot(page, 'patient-search-results');

    // The keyboard: down to the coming visit, Enter.
    await page.keyboard.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    const card = page.getByRole('dialog', { name: /Łucja Brzęczyszczykiewicz/ });
    await card.waitFor();
    expect(await card.textContent()).toContain(clockText(coming.start));
    expect(await page.getByRole('listbox', { name: 'Visits found' }).count()).toBe(0);
    // The agenda is on that day, in the day view, with the visit drawn.
    expect(
      await page.getByRole('button', { name: 'Day', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.getByLabel('Go to date').inputValue()).toBe(clinicDate(coming.start));
    await page.locator(`[data-visit-id="${coming.id}"]`).first().waitFor();
    await saveScreenshot(page, 'patient-search-picked');

    // Closing the card leaves the agenda on that day, scrolled to where the visit is.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Go to date').inputValue()).toBe(clinicDate(coming.start));
    // The focus is back in the search field, without its list over the agenda.
    expect(await searchField(page).evaluate((field) => field === document.activeElement)).toBe(
      true,
    );
    expect(await page.getByRole('listbox', { name: 'Visits found' }).count()).toBe(0);
    await page.locator('.agenda-calendar[aria-busy="false"]').waitFor();
    const block = await page.locator(`[data-visit-id="${coming.id}"]`).first().boundingBox();
    const grid = await page.locator('.agenda-calendar__grid').boundingBox();
    if (!block || !grid) throw new Error('the visit or the grid is not drawn');
    expect(block.y, 'the visit is in view').toBeGreaterThanOrEqual(grid.y);
    expect(block.y + block.height, 'the visit is in view').toBeLessThanOrEqual(
      grid.y + grid.height,
    );
    await saveScreenshot(page, 'patient-search-landed-day');
  });

  test('a doctor finds their own visits of a patient, and not another doctor’s patient', async ({
    page,
    server,
  }) => {
    const desk = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, desk);
    const shared = { name: 'Wawrzyniec', surname: 'Grzegżółka', phone: '+48 522 333 444' };
    const nowaksOnly = { name: 'Żaneta', surname: 'Pstrągowska', phone: '+48 533 444 555' };
    const atNowak = await deskBooks(server, nowak, monday.add({ hours: 9 }), shared);
    const atAnna = await deskBooks(server, annaOnline, monday.add({ days: 1, hours: 9 }), shared);
    const other = await deskBooks(server, nowak, monday.add({ days: 2, hours: 9 }), nowaksOnly);
    // Reception finds all three: the agenda server knows them.
    await awaitFound(server, desk, 'grzegzolka', [atNowak.id, atAnna.id]);
    await awaitFound(server, desk, 'pstragowska', [other.id]);

    await signInPage(page, 'doctor');
    const field = searchField(page);
    await field.pressSequentially('grzeg', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Visits found' });
    await list.waitFor();
    const options = list.getByRole('option');
    expect(await options.count()).toBe(1);
    expect(await options.first().textContent()).toContain(listedDay(atAnna.start));
    expect(await options.first().textContent()).toContain('Online');
    expect(await page.getByRole('status').filter({ hasText: '1 visit found' }).count()).toBe(1);

    await field.fill('');
    await field.pressSequentially('pstrag', { delay: 40 });
    await page.getByText('No patient found for “pstrag”.').waitFor();
    expect(await page.getByRole('listbox', { name: 'Visits found' }).count()).toBe(0);
    await saveScreenshot(page, 'patient-search-doctor-none');

    // The agenda server cannot be reached: the box says so, and Try again searches again.
    await page.route('**/api/patients?*', (route) => route.abort('connectionrefused'));
    await field.fill('');
    await field.pressSequentially('grzegz', { delay: 40 });
    await page.getByText('Could not search. The server did not answer.').waitFor();
    await saveScreenshot(page, 'patient-search-failed');
    await page.unroute('**/api/patients?*');
    await page.getByRole('button', { name: 'Try again' }).click();
    await list.waitFor();
    expect(await options.count()).toBe(1);
  });
});
