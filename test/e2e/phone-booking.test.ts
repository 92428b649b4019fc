// Booking a patient who phones, in a real browser on the sandbox: reception drags a free hour in
// the grid, chooses "Book a patient", meets the form's errors, books; the visit is in the grid
// and in a second open agenda within a second. Then a patient takes the chosen time on
// Docplanner first: the booking is refused, the block goes, the form says why and keeps the name.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { agendaSchema } from '../../src/shared/api/agenda.ts';
import type { ProductionServer } from '../support/production-server.ts';
import {
  type ApiSession,
  secondSignedInPage,
  signInApi,
  signInPage,
} from '../support/staff-session.ts';
import { sandboxUrlOf, saveScreenshot, test } from './fixtures.ts';
import { selectHours, showDay } from './grid.ts';
import { clinicZone, patientBooks, startOfThisWorkingWeek } from './sandbox-patients.ts';

const nowak = { doctorId: '100102', addressId: '200102', label: 'Dr Piotr Nowak' };

async function agendaVisits(
  server: ProductionServer,
  session: ApiSession,
  monday: Temporal.ZonedDateTime,
) {
  const query = new URLSearchParams({
    from: monday.toInstant().toString(),
    to: monday.add({ days: 7 }).toInstant().toString(),
  });
  const response = await fetch(`${server.url}/api/agenda?${query}`, { headers: session.headers });
  if (!response.ok) throw new Error(`GET /api/agenda: HTTP ${response.status}`);
  return agendaSchema.parse(await response.json()).visits;
}

/** Drags an hour of Monday and chooses "Book a patient"; the booking form, open. */
async function openBookingForm(page: Page, monday: Temporal.ZonedDateTime, hour: number) {
  const day = monday.toPlainDate().toString();
  await showDay(page, day);
  await selectHours(page, day, `${hour}:00:00`, `${hour + 1}:00:00`);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Book a patient/ })
    .click();
  const form = page.getByRole('dialog', { name: 'Book a patient' });
  await form.waitFor();
  return form;
}

describe('booking a patient who phones, in a real browser', () => {
  test('reception books a caller into a free time: errors named field by field, the visit in every open agenda, a taken time refused', async ({
    page,
    browser,
    server,
  }) => {
    const session = await signInApi(server.url, 'reception');
    const monday = await startOfThisWorkingWeek(server, session);
    await signInPage(page, 'reception');
    const other = await secondSignedInPage(browser, server.url);
    await showDay(other, monday.toPlainDate().toString());

    let form = await openBookingForm(page, monday, 10);
    // All doctors on screen: the form asks whose agenda.
    await form.getByLabel('Doctor', { exact: true }).selectOption({ label: nowak.label });
    const times = form.getByRole('group', { name: 'Time' }).getByRole('radio');
    await expect.poll(() => times.count()).toBeGreaterThan(0);
    // The first free time is chosen; every one offered lies in the hour picked.
    for (const label of await form.locator('.book-patient__slot').allTextContents()) {
      expect(label).toMatch(/^10:/);
    }

    // Nothing typed, a phone that is not one: each field says what is wrong.
    await form.getByLabel('Phone').fill('call me');
    await form.getByLabel('E-mail (optional)').fill('jan@');
    await form.getByRole('button', { name: 'Book the visit' }).click();
    await form.getByText('Enter the first name.').waitFor();
    await form.getByText('Enter the surname.').waitFor();
    await form.getByText('Enter a phone number, e.g. +48 600 100 200.').waitFor();
    await form.getByText(/Enter an e-mail address like/).waitFor();
    expect(await form.getByLabel('First name').getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('id')),
      'the first wrong field has the focus',
    ).toBe(await form.getByLabel('First name').getAttribute('id'));
    await saveScreenshot(page, 'phone-booking-errors');

    await form.getByLabel('First name').fill('Jan');
    await form.getByLabel('Surname').fill('Telefoniczny');
    await form.getByLabel('Phone').fill('+48 600 100 200');
    await form.getByLabel('E-mail (optional)').fill('');
    await form.getByLabel('Note for the doctor (optional)').fill('Back pain since Friday');
    await saveScreenshot(page, 'phone-booking-form');
    const started = Date.now();
    await form.getByRole('button', { name: 'Book the visit' }).click();
    await form.waitFor({ state: 'detached' });
    const booked = page.locator('[data-visit-id]', { hasText: 'Telefoniczny' }).first();
    await booked.waitFor();
    expect(await booked.getAttribute('data-visit-id')).not.toMatch(/^provisional-/);
    await other.locator('[data-visit-id]', { hasText: 'Telefoniczny' }).first().waitFor();
    const liveMs = Date.now() - started;
    console.log(`phone booking: click to the visit in a second agenda: ${liveMs} ms`);
    expect(liveMs, 'the other agenda sees the booking').toBeLessThan(3_000);
    await saveScreenshot(page, 'phone-booking-booked');

    const visits = await agendaVisits(server, session, monday);
    const visit = visits.find((candidate) => candidate.patient.surname === 'Telefoniczny');
    expect(visit).toMatchObject({
      doctorId: nowak.doctorId,
      status: 'booked',
      comment: 'Back pain since Friday',
      patient: { name: 'Jan', phone: '+48 600 100 200' },
    });
    expect(Temporal.Instant.from(visit!.start).toZonedDateTimeISO(clinicZone).hour).toBe(10);

    // A patient on Docplanner takes the time chosen while reception types: refused, nothing kept.
    form = await openBookingForm(page, monday, 11);
    await form.getByLabel('Doctor', { exact: true }).selectOption({ label: nowak.label });
    const chosen = form.getByRole('group', { name: 'Time' }).getByRole('radio', { checked: true });
    await chosen.waitFor();
    // Each time's value is its address and instant.
    const [addressId, chosenStart] = (await chosen.inputValue()).split('|') as [string, string];
    const chosenTime = (await form
      .locator('.book-patient__slot:has(input:checked)')
      .textContent())!;
    await form.getByLabel('First name').fill('Ewa');
    await form.getByLabel('Surname').fill('Zajęta');
    await form.getByLabel('Phone').fill('600 200 300');
    await patientBooks(sandboxUrlOf(server), {
      addressId,
      start: Temporal.Instant.from(chosenStart)
        .toZonedDateTimeISO(clinicZone)
        .toString({ timeZoneName: 'never', smallestUnit: 'second' }),
    });
    await form.getByRole('button', { name: 'Book the visit' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: 'The visit was not booked' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/no longer free: someone booked it first/);
    expect(await form.getByLabel('Surname').inputValue(), 'what was typed stays').toBe('Zajęta');
    expect(await page.locator('[data-visit-id^="provisional-"]').count()).toBe(0);
    // The free times are read again: the taken one is no longer offered.
    await expect
      .poll(() => form.locator('.book-patient__slot').allTextContents())
      .not.toContain(chosenTime);
    await saveScreenshot(page, 'phone-booking-refused');
    expect(
      (await agendaVisits(server, session, monday)).filter((v) => v.patient.surname === 'Zajęta'),
    ).toHaveLength(0);
    await other.context().close();
  });
});
