// "Time until N bookings are on screen": from navigation start until the page's DOM holds N
// event elements, with `/api/agenda` answered by a generated agenda so both pages get the same.
// Optionally, then "next week": from the click on the toolbar's next button until the next
// week's N bookings are in the DOM.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import {
  type BulkVisitsOptions,
  buildAgenda,
  buildVisits,
  demoTimeZone,
} from '../fixtures/agenda.ts';

export interface OnScreenRun {
  /** Page URL to open. */
  url: string;
  /** CSS selector matching one element per booking. */
  eventSelector: string;
  visits: number;
  /** How the generated visits are spread (see buildVisits); ids get the week's Monday in them. */
  visitOptions?: BulkVisitsOptions;
  /** Extra context options, e.g. the session cookie of a signed-in user (`storageState`). */
  context?: BrowserContextOptions;
  /** Where to save what the page looked like once the bookings were there. */
  screenshotPath?: string;
  /** Also measure switching to the next week: the selector of the page's "next" button. */
  nextButton?: string;
}

export interface OnScreenResult {
  /** ms from navigation start until N bookings are in the DOM. */
  load: number;
  /**
   * ms from navigation start until the frame holding them has been drawn (style, layout, paint):
   * the next animation frame after `load` starts only once that frame is done.
   */
  painted: number;
  /** ms from the click on "next" until the next week's N bookings are in the DOM. */
  next?: number;
}

const timeoutMs = 30_000;

/** One measurement in a fresh browser context (no HTTP cache). */
export async function timeUntilOnScreen(
  browser: Browser,
  run: OnScreenRun,
): Promise<OnScreenResult> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    // Our service worker claims the page once installed, and Playwright's routes do not see the
    // requests a worker makes: the next week would come from the real server, not the generator.
    serviceWorkers: 'block',
    ...run.context,
  });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await answerAgendaWithGeneratedVisits(page, run.visits, run.visitOptions ?? {});
    await page.goto(run.url, { waitUntil: 'commit' });
    const fail = async (what: string, selector: string, error: unknown) => {
      const found = await page.locator(selector).count();
      return new Error(
        `${run.url}: ${what}: ${found} of ${run.visits} \`${selector}\` on screen after ${timeoutMs / 1000} s (${String(error)})\n${problems.join('\n')}`,
      );
    };
    // Checked on every animation frame; performance.now() counts from navigation start.
    const { load, painted } = await page
      .evaluate(watchBlocksOnScreen, {
        selector: run.eventSelector,
        count: run.visits,
        timeoutMs,
      })
      .catch(async (error: unknown) => {
        throw await fail('first week', run.eventSelector, error);
      });
    if (run.screenshotPath) await page.screenshot({ path: run.screenshotPath });
    if (!run.nextButton) return { load, painted };

    // The next week's blocks: for ours by the week's Monday in their ids; for the bare page
    // (no ids in its DOM) by the next Monday's column being there with N events in the DOM,
    // which FullCalendar only renders for the range it shows.
    const nextMonday = mondayOf(await shownMonday(page))
      .add({ weeks: 1 })
      .toString();
    const nextSelector = run.eventSelector.startsWith('[data-visit-id')
      ? `[data-visit-id^="${weekIdPrefix(nextMonday)}"]`
      : run.eventSelector;
    await page.evaluate(watchAfterClick, {
      selector: nextSelector,
      count: run.visits,
      columnSelector: `[data-date="${nextMonday}"]`,
    });
    await page.click(run.nextButton);
    const nextHandle = await page
      .waitForFunction(
        () => {
          const watch = (window as unknown as { benchNextWeek?: { done?: number } }).benchNextWeek;
          return watch?.done ?? false;
        },
        undefined,
        { polling: 100, timeout: timeoutMs },
      )
      .catch(async (error: unknown) => {
        throw await fail(`next week (${nextMonday})`, nextSelector, error);
      });
    const next = (await nextHandle.jsonValue()) as number;
    if (run.screenshotPath) {
      await page.screenshot({ path: run.screenshotPath.replace(/\.png$/, '-next.png') });
    }
    return { load, painted, next };
  } finally {
    await context.close();
  }
}

/**
 * In the page: on every animation frame, whether the selector matches `count` elements (`load`);
 * then the start of the frame after that one (`painted`). Also the view rows' (view-on-screen.ts).
 */
export function watchBlocksOnScreen(watch: {
  selector: string;
  count: number;
  timeoutMs: number;
}): Promise<{ load: number; painted: number }> {
  return new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => reject(new Error('timed out')), watch.timeoutMs);
    const check = () => {
      if (document.querySelectorAll(watch.selector).length < watch.count) {
        requestAnimationFrame(check);
        return;
      }
      const load = performance.now();
      requestAnimationFrame(() => {
        clearTimeout(giveUp);
        resolve({ load, painted: performance.now() });
      });
    };
    requestAnimationFrame(check);
  });
}

/**
 * In the page: from the next click (capture phase, before the page's own handler) until the
 * selector matches `count` elements and the column exists, checked on every animation frame;
 * the result (ms) lands in `window.benchNextWeek.done`.
 */
function watchAfterClick(watch: { selector: string; count: number; columnSelector: string }) {
  const state: { clickedAt?: number; done?: number } = {};
  (window as unknown as { benchNextWeek: typeof state }).benchNextWeek = state;
  const check = () => {
    if (state.clickedAt === undefined) return;
    const there =
      document.querySelector(watch.columnSelector) !== null &&
      document.querySelectorAll(watch.selector).length >= watch.count;
    if (there) state.done = performance.now() - state.clickedAt;
    else requestAnimationFrame(check);
  };
  document.addEventListener(
    'click',
    () => {
      state.clickedAt = performance.now();
      requestAnimationFrame(check);
    },
    { capture: true, once: true },
  );
}

/** The Monday of the week the page shows, from FullCalendar's day columns. */
async function shownMonday(page: Page): Promise<string> {
  const dates = await page.$$eval('[data-date]', (cells) =>
    cells
      .map((cell) => cell.getAttribute('data-date') ?? '')
      .filter((date) => /^\d{4}-\d\d-\d\d$/.test(date)),
  );
  const first = dates.sort()[0];
  if (!first) throw new Error('no day column (`[data-date]`) on the page');
  return first;
}

function mondayOf(date: string): Temporal.PlainDate {
  const day = Temporal.PlainDate.from(date);
  return day.subtract({ days: day.dayOfWeek - 1 });
}

function weekIdPrefix(monday: string): string {
  return `visit-${monday}-`;
}

const generated = new Map<string, string>();

/**
 * Answers `/api/agenda?from&to` with `visits` generated visits in every week the range touches
 * (the same ones for both pages; ids carry the week's Monday so two weeks never share one).
 */
export async function answerAgendaWithGeneratedVisits(
  page: Page,
  visits: number,
  options: BulkVisitsOptions,
): Promise<void> {
  await page.route('**/api/agenda?*', async (route) => {
    const query = new URL(route.request().url()).searchParams;
    const from = query.get('from');
    const to = query.get('to');
    if (!from || !to) return route.fulfill({ status: 400, body: 'from and to are required' });
    // Generated once per range, so every run pays the same (zero) cost on the Node side.
    const key = `${from} ${to} ${visits} ${JSON.stringify(options)}`;
    let body = generated.get(key);
    if (body === undefined) {
      // What a real server answers: the visits in the range asked for (ours asks for a few hours
      // around the week, the bare page for the week itself).
      const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
      const weekVisits = mondaysIn(from, to)
        .flatMap((monday) =>
          buildVisits(visits, monday, { ...options, idPrefix: weekIdPrefix(monday) }),
        )
        .filter((visit) => Date.parse(visit.start) < toMs && Date.parse(visit.end) > fromMs);
      body = JSON.stringify(buildAgenda({ from, to, visits: weekVisits }));
      generated.set(key, body);
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

/** The Mondays (Warsaw) of the weeks that [from, to) overlaps; weeks start on Monday. */
function mondaysIn(from: string, to: string): string[] {
  const zoned = (text: string) => Temporal.Instant.from(text).toZonedDateTimeISO(demoTimeZone);
  const last = zoned(to).subtract({ nanoseconds: 1 }).toPlainDate();
  const mondays: string[] = [];
  for (
    let monday = mondayOf(zoned(from).toPlainDate().toString());
    Temporal.PlainDate.compare(monday, last) <= 0 && mondays.length < 8;
    monday = monday.add({ weeks: 1 })
  ) {
    mondays.push(monday.toString());
  }
  return mondays;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
