// Dr Anna Kowalska's video visits remind her: on the sandbox clock, a visit 11 minutes away gets
// a toast one minute later (T−10) with patient, time and a working Join link; her dismissal holds
// across a reload; a visit the patient cancels loses its reminder.
import type { Page } from 'playwright-core';
import type { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import type { Visit } from '../../src/shared/api/visit.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import {
  sandboxControl,
  sandboxUrlOf,
  saveScreenshot,
  setSandboxClock,
  testWithServerEnv,
} from './fixtures.ts';
import {
  clockText,
  patientBooksFreeSlot,
  patientCancels,
  startOfThisWorkingWeek,
  visitThroughAgenda,
} from './sandbox-patients.ts';

// Notifications pulled every 300 ms, so a cancellation reaches the reminders quickly.
const test = testWithServerEnv({ PULL_INTERVAL_MS: '300' });

// Her online-only address: every visit there has a video room.
const kowalskaOnline = { doctorId: '100101', addressId: '200201' };

/** The BFF follows the sandbox clock every second and recomputes reminders every second. */
const reminderTimeoutMs = 8_000;

function minutesBefore(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) - minutes * 60_000).toISOString();
}

function reminderToast(page: Page, visit: Visit, leadMinutes: number) {
  return page.locator(`[data-reminder-id="${visit.id}:${leadMinutes}"]`);
}

async function bookVideoVisit(
  server: { url: string },
  sandbox: string,
  session: ApiSession,
  from: Temporal.Instant,
  to: Temporal.Instant,
): Promise<Visit> {
  // Not prepaid: an unpaid prepaid visit is cancelled 90 sandbox minutes after booking, and the
  // tests jump the clock further than that.
  const booked = await patientBooksFreeSlot(sandbox, kowalskaOnline, from, to, { prepaid: false });
  expect(booked.videocallUrl, 'a visit at the online address has a video room').toBeTruthy();
  const visit = await visitThroughAgenda(server.url, session, booked.bookingId, booked.start);
  expect(visit.video).toEqual({ kind: 'link', href: booked.videocallUrl });
  return visit;
}

describe('video visit reminders in a real browser', () => {
  test('a toast at T−10 with a working Join; dismissed, it stays away after a reload', async ({
    page,
    server,
  }) => {
    const sandbox = sandboxUrlOf(server);
    const session = await signInApi(server.url, 'doctor');
    const monday = await startOfThisWorkingWeek(server, session);
    const visit = await bookVideoVisit(
      server,
      sandbox,
      session,
      monday.add({ hours: 9 }).toInstant(),
      monday.add({ hours: 12 }).toInstant(),
    );
    const patient = `${visit.patient.name} ${visit.patient.surname}`;
    await setSandboxClock(server, session, minutesBefore(visit.start, 11));

    await signInPage(page, 'doctor');
    await page
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    await page.locator(`[data-visit-id="${visit.id}"]`).first().waitFor();
    // T−11: nothing is due yet.
    expect(await page.locator('[data-reminder-id]').count()).toBe(0);

    await sandboxControl(sandbox, 'POST', '/clock', { advanceMinutes: 1 });
    const toast = reminderToast(page, visit, 10);
    await toast.waitFor({ timeout: reminderTimeoutMs });
    await expect.poll(() => toast.getByRole('heading').textContent()).toBe(patient);
    expect(await toast.textContent()).toContain(clockText(visit.start));
    const join = toast.getByRole('link', { name: /join/i });
    expect(await join.getAttribute('href')).toBe(
      visit.video?.kind === 'link' ? visit.video.href : 'no link',
    );
    expect(await join.getAttribute('target')).toBe('_blank');
    expect((await join.getAttribute('rel'))?.split(/\s+/)).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
    await saveScreenshot(page, 'reminder-toast');

    // The link works: a click opens the call in a new tab (answered here: no network in tests).
    const href = visit.video?.kind === 'link' ? visit.video.href : '';
    await page
      .context()
      .route(`${new URL(href).origin}/**`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Video room</title>' }),
      );
    const [callTab] = await Promise.all([page.context().waitForEvent('page'), join.click()]);
    await callTab.waitForLoadState();
    expect(callTab.url()).toBe(href);
    await callTab.close();

    await toast.getByRole('button', { name: `Dismiss reminder of ${patient}` }).click();
    await expect.poll(() => toast.count()).toBe(0);

    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    await page.locator(`[data-visit-id="${visit.id}"]`).first().waitFor();
    // The live stream sends the reminder list as it connects, and the BFF recomputes it every
    // second: watch for a little longer than that tick.
    for (let check = 0; check < 8; check++) {
      expect(await toast.count(), 'the dismissed reminder stays away').toBe(0);
      await page.waitForTimeout(250);
    }
    // The page does receive reminders: the two-minute one of the same visit still comes.
    await sandboxControl(sandbox, 'POST', '/clock', { advanceMinutes: 8 });
    await reminderToast(page, visit, 2).waitFor({ timeout: reminderTimeoutMs });
    expect(await toast.count()).toBe(0);
  });

  test('a visit the patient cancels loses its reminder', async ({ page, server }) => {
    const sandbox = sandboxUrlOf(server);
    const session = await signInApi(server.url, 'doctor');
    const monday = await startOfThisWorkingWeek(server, session);
    // Tuesday, so nothing of the first test's Monday is near.
    const visit = await bookVideoVisit(
      server,
      sandbox,
      session,
      monday.add({ days: 1, hours: 9 }).toInstant(),
      monday.add({ days: 1, hours: 12 }).toInstant(),
    );
    await setSandboxClock(server, session, minutesBefore(visit.start, 9));

    await signInPage(page, 'doctor');
    const toast = reminderToast(page, visit, 10);
    await toast.waitFor({ timeout: reminderTimeoutMs });

    await patientCancels(sandbox, visit.id);
    await expect.poll(() => toast.count(), { timeout: reminderTimeoutMs }).toBe(0);
    // …and the agenda shows the visit as cancelled.
    await expect
      .poll(() => page.locator(`[data-visit-id="${visit.id}"]`).first().textContent())
      .toContain('Cancelled');
  });
});
