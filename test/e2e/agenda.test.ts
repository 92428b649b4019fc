// The doctor opens the agenda, sees this week with online visits in purple, opens one and can
// join its video call; when the server fails, the page says so and Retry brings the agenda back.
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { describe, expect } from 'vitest';
import { type Agenda, agendaSchema } from '../../src/shared/api/agenda.ts';
import { type ApiSession, signInApi, signInPage } from '../support/staff-session.ts';
import { backgroundHue } from './colour.ts';
import { saveScreenshot, setSandboxClock, test } from './fixtures.ts';

describe('the agenda in a real browser', () => {
  test('shows this week with online visits in purple, and a card with the video call', async ({
    page,
    server,
  }) => {
    // The doctor's own agenda (reception sees no video links). The expected link comes from the
    // API, not from what the page rendered.
    const session = await signInApi(server.url, 'doctor');
    const agenda = await readAgendaAroundToday(server.url, session);
    const videoVisits = agenda.visits.filter(
      (visit) => visit.video?.kind === 'link' && visit.status === 'booked',
    );
    const thisWeek = videoVisits.filter((visit) => sameWeekAsToday(visit.start));
    const chosen = thisWeek[0];
    expect(chosen, 'a booked video visit this week').toBeDefined();
    // The Join link is active from 60 minutes before: live 30 minutes before the visit.
    await setSandboxClock(
      server,
      session,
      new Date(Date.parse(chosen!.start) - 30 * 60_000).toISOString(),
    );

    await signInPage(page, 'doctor');
    await waitForWeekView(page);
    await saveScreenshot(page, 'agenda-week-view');
    const withVideoLink = new Map(thisWeek.map((visit) => [visit.id, visit]));
    // FullCalendar's event carries our class; the block we render inside it carries the id.
    const onlineBlocks = page.locator('.visit--online [data-visit-id]');
    const onlineIds = await onlineBlocks.evaluateAll((blocks) =>
      blocks.map((block) => block.getAttribute('data-visit-id') ?? ''),
    );
    const visitId = onlineIds.find((id) => id === chosen!.id);
    expect(visitId, 'an online visit with a video link this week').toBeDefined();
    const visit = withVideoLink.get(visitId!)!;
    expect(visit.online).toBe(true);

    const block = page.locator(`[data-visit-id="${visit.id}"]`).first();
    const hue = await backgroundHue(block);
    expect(hue, 'online visits are purple').toBeGreaterThanOrEqual(250);
    expect(hue, 'online visits are purple').toBeLessThanOrEqual(300);

    // The block's own button opens the card (its Join link, a sibling, opens only the call).
    await block.click();
    const card = page.getByRole('dialog', {
      name: new RegExp(escapeRegExp(visit.patient.surname)),
    });
    await card.waitFor();
    await saveScreenshot(page, 'agenda-visit-card');

    const expectedHref = visit.video?.kind === 'link' ? visit.video.href : undefined;
    const join = card.getByRole('link', { name: 'Join video call' });
    expect(await join.getAttribute('href')).toBe(expectedHref);
    expect(await join.getAttribute('target')).toBe('_blank');
    const rel = (await join.getAttribute('rel'))?.split(/\s+/) ?? [];
    expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  test('a signed-in page starts without asking who is signed in, the week already on its way', async ({
    page,
  }) => {
    await signInPage(page, 'reception');
    await waitForWeekView(page);
    // A reload is how a signed-in doctor usually arrives: the page comes with the session.
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
    });
    await page.reload();
    await waitForWeekView(page);
    expect(asked.filter((path) => path.startsWith('/api/auth/session'))).toEqual([]);
    expect(asked.filter((path) => path.startsWith('/api/settings'))).toEqual([]);
    // One request for the week, made by the page's preload and taken up by the agenda.
    const agendaAsks = asked.filter((path) => path.startsWith('/api/agenda'));
    expect(agendaAsks).toHaveLength(1);
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/agenda'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
    expect(entries).toEqual(['link']);
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
  });

  test('says that it shows sandbox data', async ({ page }) => {
    await signInPage(page, 'reception');
    await waitForWeekView(page);
    await page
      .getByText(/sandbox/i)
      .first()
      .waitFor();
  });

  test('shows an error with Retry when the server fails, and recovers', async ({ page }) => {
    await page.route('**/api/agenda?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'upstream_unavailable', message: 'Docplanner did not answer.' },
        }),
      }),
    );
    await signInPage(page, 'reception').catch(() => {});
    const problem = page.getByRole('alert').filter({ hasText: /could not load the agenda/i });
    await problem.waitFor();
    const retry = problem.getByRole('button', { name: 'Retry' });
    await saveScreenshot(page, 'agenda-error');

    await page.unrouteAll();
    await retry.click();
    await waitForWeekView(page);
    await expect.poll(() => retry.count()).toBe(0);
  });
});

/** The week view is there: seven day headers and at least one booking drawn. */
async function waitForWeekView(page: Page): Promise<void> {
  await page.locator('[data-visit-id]').first().waitFor();
  await expect.poll(() => page.getByRole('columnheader').count()).toBe(7);
}

/** Whether an instant falls in the Monday-first week of today (Warsaw), the week on screen. */
function sameWeekAsToday(instant: string): boolean {
  const monday = (ms: number) => {
    const day = Temporal.Instant.fromEpochMilliseconds(ms)
      .toZonedDateTimeISO('Europe/Warsaw')
      .toPlainDate();
    return day.subtract({ days: day.dayOfWeek - 1 }).toString();
  };
  return monday(Date.parse(instant)) === monday(Date.now());
}

/** Today ± 8 days: a superset of the week on screen, whatever day the week starts on. */
async function readAgendaAroundToday(serverUrl: string, session: ApiSession): Promise<Agenda> {
  const day = 24 * 3600 * 1000;
  const query = new URLSearchParams({
    from: new Date(Date.now() - 8 * day).toISOString(),
    to: new Date(Date.now() + 8 * day).toISOString(),
  });
  const response = await fetch(`${serverUrl}/api/agenda?${query}`, { headers: session.headers });
  expect(response.status).toBe(200);
  return agendaSchema.parse(await response.json());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
