// "Time until N bookings are on screen": from navigation start until the page's DOM holds N
// event elements, with `/api/agenda` answered by a generated agenda so both pages get the same.
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { buildAgenda, buildVisits, demoTimeZone } from '../fixtures/agenda.ts';

export interface OnScreenRun {
  /** Page URL to open. */
  url: string;
  /** CSS selector matching one element per booking. */
  eventSelector: string;
  visits: number;
  /** Where to save what the page looked like once the bookings were there. */
  screenshotPath?: string;
}

/** One measurement in a fresh browser context (no HTTP cache): ms since navigation start. */
export async function timeUntilOnScreen(browser: Browser, run: OnScreenRun): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await answerAgendaWithGeneratedVisits(page, run.visits);
    await page.goto(run.url, { waitUntil: 'commit' });
    // Checked on every animation frame; performance.now() counts from navigation start.
    const handle = await page
      .waitForFunction(
        ({ selector, count }) =>
          document.querySelectorAll(selector).length >= count ? performance.now() : false,
        { selector: run.eventSelector, count: run.visits },
        { polling: 'raf', timeout: 30_000 },
      )
      .catch(async (error: unknown) => {
        const found = await page.locator(run.eventSelector).count();
        throw new Error(
          `${run.url}: ${found} of ${run.visits} \`${run.eventSelector}\` on screen after 30 s (${String(error)})\n${problems.join('\n')}`,
        );
      });
    const elapsed = (await handle.jsonValue()) as number;
    if (run.screenshotPath) await page.screenshot({ path: run.screenshotPath });
    return elapsed;
  } finally {
    await context.close();
  }
}

const generated = new Map<string, string>();

async function answerAgendaWithGeneratedVisits(page: Page, visits: number): Promise<void> {
  await page.route('**/api/agenda?*', async (route) => {
    const query = new URL(route.request().url()).searchParams;
    const from = query.get('from');
    const to = query.get('to');
    if (!from || !to) return route.fulfill({ status: 400, body: 'from and to are required' });
    // Generated once per range, so every run pays the same (zero) cost on the Node side.
    const key = `${from} ${to} ${visits}`;
    let body = generated.get(key);
    if (body === undefined) {
      const monday = mondayOfThisWeek(demoTimeZone).toString();
      body = JSON.stringify(buildAgenda({ from, to, visits: buildVisits(visits, monday) }));
      generated.set(key, body);
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

/** The builders take a week's Monday; the pages open on today's week (weeks start on Monday). */
function mondayOfThisWeek(timeZone: string): Temporal.PlainDate {
  const today = Temporal.Now.plainDateISO(timeZone);
  return today.subtract({ days: today.dayOfWeek - 1 });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
