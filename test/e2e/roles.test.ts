// Each role signs in through the page and sees exactly its screens: the doctor their own visits,
// Join links and today's video visits, no payments; reception every doctor and the payments
// board, no video join; the admin reception's screens plus the admin's own. A wrong password is
// refused with a sentence; signing out returns to the sign-in page and the API then says 401.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { type Agenda, agendaSchema } from '../../src/shared/api/agenda.ts';
import type { ProductionServer } from '../support/production-server.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { saveScreenshot, setSandboxClock, test } from './fixtures.ts';

const anna = { id: '100101', surname: 'Kowalska' };
const otherDoctorSurnames = ['Nowak', 'Wiśniewska', 'Wójcik'];

describe('roles in a real browser', () => {
  test('the doctor sees only their own visits, Join links and today’s video visits, no payments', async ({
    page,
    server,
  }) => {
    // Half an hour before one of Anna's video visits of this week, its Join link is live.
    const doctorApi = await signInApi(server.url, 'doctor');
    const own = await readAgenda(server, doctorApi);
    const now = Temporal.Now.instant();
    const video = own.visits.find(
      (visit) =>
        visit.video?.kind === 'link' &&
        visit.status === 'booked' &&
        Math.abs(Date.parse(visit.start) - now.epochMilliseconds) < 3 * 24 * 3600_000,
    );
    expect(video, 'a booked video visit of Anna near today').toBeDefined();
    await setSandboxClock(
      server,
      doctorApi,
      new Date(Date.parse(video!.start) - 30 * 60_000).toISOString(),
    );

    await signInPage(page, 'doctor');
    const shown = await visitIdsOnScreen(page);
    const everyone = await readAgenda(server, await signInApi(server.url, 'reception'));
    const doctorOf = new Map(everyone.visits.map((visit) => [visit.id, visit.doctorId]));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((id) => doctorOf.get(id)))).toEqual(new Set([anna.id]));
    const text = (await page.locator('body').textContent()) ?? '';
    for (const surname of otherDoctorSurnames) expect(text).not.toContain(surname);
    expect(text).toContain(anna.surname);

    await page.getByRole('heading', { name: 'Today’s online visits' }).waitFor();
    const join = page.locator(`[data-visit-id="${video!.id}"]`).getByRole('link', {
      name: /join/i,
    });
    await join.first().waitFor();
    expect(await join.first().getAttribute('href')).toBe(
      video!.video?.kind === 'link' ? video!.video.href : undefined,
    );
    expect(await page.getByRole('link', { name: 'Payments' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Addresses and services' }).count()).toBe(0);
    await saveScreenshot(page, 'roles-doctor');

    // Typing the board's address changes nothing: the board is not there for a doctor.
    await page.evaluate(() => {
      location.hash = '#/payments';
    });
    await page.getByRole('heading', { name: 'Today’s online visits' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Payments' }).count()).toBe(0);
    expect((await page.request.get('/api/mapping')).status()).toBe(403);
    // Another doctor's visit is refused, not merely left out of the agenda, and answers as an
    // unknown one does: a doctor cannot tell which visit ids exist.
    const othersVisit = everyone.visits.find((visit) => visit.doctorId !== anna.id);
    const others = await page.request.get(`/api/visits/${othersVisit!.id}/history`);
    const unknown = await page.request.get('/api/visits/999999999/history');
    expect([others.status(), unknown.status()]).toEqual([404, 404]);
    expect(await others.json()).toEqual(await unknown.json());
  });

  test('reception sees every doctor and the payments board, and no video join anywhere', async ({
    page,
    server,
  }) => {
    await signInPage(page, 'reception');
    await expectStaffScreens(page, server, 'reception');
    await saveScreenshot(page, 'roles-reception');
    await page.getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('heading', { name: 'Payments', level: 1 }).waitFor();
    await page.locator('tr[data-visit-id]').first().waitFor();
    await saveScreenshot(page, 'roles-reception-payments');

    // The admin's mapping is neither linked nor shown, and its API refuses reception.
    expect(await page.getByRole('link', { name: 'Addresses and services' }).count()).toBe(0);
    await page.evaluate(() => {
      location.hash = '#/mapping';
    });
    await page.locator('[data-visit-id]').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Addresses and services' }).count()).toBe(0);
    expect((await page.request.get('/api/mapping')).status()).toBe(403);
  });

  test('the admin sees reception’s screens plus the mapping', async ({ page, server }) => {
    await signInPage(page, 'admin');
    await expectStaffScreens(page, server, 'admin');
    await page.getByRole('link', { name: 'Payments' }).click();
    await page.getByRole('heading', { name: 'Payments', level: 1 }).waitFor();
    await page.getByRole('link', { name: '← Agenda' }).click();
    expect((await page.request.get('/api/mapping')).status()).toBe(200);
    await saveScreenshot(page, 'roles-admin');
    await page.getByRole('link', { name: 'Addresses and services' }).click();
    await page.getByRole('heading', { name: 'Addresses and services', level: 1 }).waitFor();
    await page.getByText('Docplanner ID 100104').waitFor();
    await saveScreenshot(page, 'roles-admin-mapping');
  });

  test('a wrong password is refused with a sentence on the page', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('User name').fill('doctor');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Wrong user name or password.');
    await saveScreenshot(page, 'roles-wrong-password');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect((await page.request.get('/api/auth/session')).status()).not.toBe(200);
  });

  test('signing out returns to the sign-in page, and the API then answers 401', async ({
    page,
    server,
  }) => {
    await signInPage(page, 'reception');
    await page.locator('[data-visit-id]').first().waitFor();
    expect((await page.request.get(agendaPath())).status()).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('User name').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('[data-visit-id]').count()).toBe(0);
    // The browser's own cookie no longer opens anything; neither does no cookie at all.
    expect((await page.request.get(agendaPath())).status()).toBe(401);
    expect((await fetch(`${server.url}${agendaPath()}`)).status).toBe(401);
    // A reload stays signed out.
    await page.reload();
    await page.getByLabel('User name').waitFor();
  });
});

/** What reception and the admin both see: every doctor, Payments, no Join, no doctor panel. */
async function expectStaffScreens(
  page: Page,
  server: ProductionServer,
  role: 'reception' | 'admin',
): Promise<void> {
  const shown = await visitIdsOnScreen(page);
  const everyone = await readAgenda(server, await signInApi(server.url, role));
  const doctorOf = new Map(everyone.visits.map((visit) => [visit.id, visit.doctorId]));
  const doctorsShown = new Set(shown.map((id) => doctorOf.get(id)));
  expect(doctorsShown, 'visits of every doctor on screen').toEqual(
    new Set(everyone.doctors.map((doctor) => doctor.id)),
  );
  expect(everyone.doctors.length).toBe(4);
  const text = (await page.locator('body').textContent()) ?? '';
  for (const surname of [anna.surname, ...otherDoctorSurnames]) expect(text).toContain(surname);

  await page.getByRole('link', { name: 'Payments' }).waitFor();
  // No video join at all: the server strips video links for reception and the admin.
  expect(await page.locator('[data-join-video]').count()).toBe(0);
  expect(await page.getByRole('link', { name: /join/i }).count()).toBe(0);
  expect(await page.locator('a[href*="video"], a[href^="javascript:"]').count()).toBe(0);
  expect(everyone.visits.filter((visit) => visit.video !== null)).toEqual([]);
  expect(await page.getByRole('heading', { name: 'Today’s online visits' }).count()).toBe(0);
}

/** Visit ids drawn in the week on screen, once the calendar has drawn them. */
async function visitIdsOnScreen(page: Page): Promise<string[]> {
  await page.locator('[data-visit-id]').first().waitFor();
  const ids = await page
    .locator('[data-visit-id]')
    .evaluateAll((blocks) => blocks.map((block) => block.getAttribute('data-visit-id') ?? ''));
  return [...new Set(ids)];
}

function agendaPath(): string {
  const now = Temporal.Now.instant();
  const query = new URLSearchParams({
    from: now.subtract({ hours: 24 * 8 }).toString(),
    to: now.add({ hours: 24 * 8 }).toString(),
  });
  return `/api/agenda?${query}`;
}

async function readAgenda(server: ProductionServer, session: ApiSession): Promise<Agenda> {
  const response = await fetch(`${server.url}${agendaPath()}`, { headers: session.headers });
  expect(response.status).toBe(200);
  return agendaSchema.parse(await response.json());
}
