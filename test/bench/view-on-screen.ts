// Our agenda and the bare FullCalendar page on one view with generated visits (a month, a day of
// doctor columns): from navigation start until a page holds the blocks, and until the frame
// holding them has been painted; interleaved runs, medians, and a row for each.
import type { Browser, BrowserContextOptions } from 'playwright-core';
import type { AgendaFilters } from '../../src/web/features/agenda/agenda-filters.ts';
import { launchChromium } from '../support/chromium.ts';
import { startProductionServer } from '../support/production-server.ts';
import { signInApi } from '../support/staff-session.ts';
import { type AgendaShape, answerAgenda } from './generated-agenda.ts';
import { serveStatic } from './static-server.ts';
import { type BenchRow, formatMs } from './table.ts';
import { median, watchBlocksOnScreen } from './time-on-screen.ts';

export interface ViewPage {
  url: string;
  /** One element per block drawn. */
  selector: string;
  /** How many of them mean "on screen". */
  count: number;
  context?: BrowserContextOptions;
}

export interface ViewTimes {
  load: number;
  painted: number;
}

const timeoutMs = 30_000;

/**
 * A context signed in as reception (the session cookie of `signInApi`) whose remembered filters
 * (what our App reads from localStorage) are `filters`: all doctors, and the view wanted.
 */
export function receptionContext(
  serverUrl: string,
  cookie: string,
  filters: AgendaFilters,
): BrowserContextOptions {
  const [name, ...value] = cookie.split('=');
  return {
    storageState: {
      cookies: [
        {
          name: name!,
          value: value.join('='),
          domain: new URL(serverUrl).hostname,
          path: '/',
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: 'Lax',
        },
      ],
      origins: [
        {
          origin: serverUrl,
          localStorage: [
            { name: 'online-agenda.filters.reception', value: JSON.stringify(filters) },
          ],
        },
      ],
    },
  };
}

/** One measurement in a fresh browser context (no HTTP cache). */
export async function timeViewOnScreen(
  browser: Browser,
  page: ViewPage,
  shape: AgendaShape,
  screenshotPath?: string,
): Promise<ViewTimes> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    // Playwright's routes do not see the requests a service worker makes.
    serviceWorkers: 'block',
    ...page.context,
  });
  try {
    const tab = await context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await answerAgenda(tab, shape);
    await tab.goto(page.url, { waitUntil: 'commit' });
    const times = await tab
      .evaluate(watchBlocksOnScreen, { selector: page.selector, count: page.count, timeoutMs })
      .catch(async (error: unknown) => {
        const found = await tab.locator(page.selector).count();
        throw new Error(
          `${page.url}: ${found} of ${page.count} \`${page.selector}\` after ${timeoutMs / 1000} s (${String(error)})\n${problems.join('\n')}`,
        );
      });
    if (screenshotPath) await tab.screenshot({ path: screenshotPath });
    return times;
  } finally {
    await context.close();
  }
}

export interface ViewComparison {
  name: string;
  runs: number;
  shape: AgendaShape;
  ours: ViewPage;
  bare: ViewPage;
  goal: string;
  /** What the baseline is and how the visits are spread. */
  note: string;
  /** Screenshots of the warm-up runs: `<prefix>-ours.png`, `<prefix>-bare.png`. */
  screenshotPrefix: string;
}

/** A warm-up each (with screenshots), then `runs` interleaved runs: the on-screen and painted rows. */
export async function compareView(browser: Browser, view: ViewComparison): Promise<BenchRow[]> {
  await timeViewOnScreen(browser, view.ours, view.shape, `${view.screenshotPrefix}-ours.png`);
  await timeViewOnScreen(browser, view.bare, view.shape, `${view.screenshotPrefix}-bare.png`);
  const ours: ViewTimes[] = [];
  const bare: ViewTimes[] = [];
  for (let run = 0; run < view.runs; run += 1) {
    ours.push(await timeViewOnScreen(browser, view.ours, view.shape));
    bare.push(await timeViewOnScreen(browser, view.bare, view.shape));
  }
  return (['load', 'painted'] as const).map((measure) => {
    const oursTimes = ours.map((times) => times[measure]);
    const bareTimes = bare.map((times) => times[measure]);
    const [oursValue, bareValue] = [median(oursTimes), median(bareTimes)];
    return {
      name: `${measure === 'load' ? view.name : 'The same drawn (its first frame painted)'} (median of ${view.runs})`,
      value: formatMs(oursValue),
      baseline: formatMs(bareValue),
      ratio: oursValue / bareValue,
      ...(measure === 'load' ? { goal: view.goal } : {}),
      note: `${measure === 'load' ? view.note : 'until the frame after the one that first holds them begins'}; ours ${spread(oursTimes)}, bare ${spread(bareTimes)}`,
    };
  });
}

export function spread(times: number[]): string {
  return `${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))}`;
}

export interface BenchPages {
  browser: Browser;
  /** Our server, e.g. `http://127.0.0.1:41234`, and reception's session cookie there. */
  ourUrl: string;
  cookie: string;
  bareUrl: string;
}

/** Chromium, our production server (reception signed in) and the bare page, for `use`. */
export async function withBenchPages<T>(
  bareDir: string,
  use: (pages: BenchPages) => Promise<T>,
): Promise<T> {
  const browser = await launchChromium();
  const server = await startProductionServer();
  const bareServer = await serveStatic(bareDir);
  try {
    const { cookie } = await signInApi(server.url, 'reception');
    return await use({ browser, ourUrl: server.url, cookie, bareUrl: bareServer.url });
  } finally {
    await bareServer.stop();
    await server.stop();
    await browser.close();
  }
}
