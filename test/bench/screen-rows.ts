// The on-screen rows: 500 bookings in the week our agenda opens on, a busy week of 2,000 and the
// next week, each next to the bare FullCalendar page with the same events.
import { resolve } from 'node:path';
import { launchChromium } from '../support/chromium.ts';
import { startProductionServer } from '../support/production-server.ts';
import { signInApi } from '../support/staff-session.ts';
import { serveStatic } from './static-server.ts';
import { type BenchRow, formatMs } from './table.ts';
import { median, type OnScreenRun, timeUntilOnScreen } from './time-on-screen.ts';
import { spread } from './view-on-screen.ts';

export interface ScreenSettings {
  runs: number;
  visits: number;
  busy: { runs: number; visits: number };
}

/** One element per booking on each page. */
const oursEventSelector = '[data-visit-id]';
const bareEventSelector = '.bench-event';
/**
 * The toolbar's "next week" button on each page (ours: AgendaToolbar's second arrow, whatever
 * language the clinic's page speaks; bare: FullCalendar's).
 */
const oursNextButton = '.agenda-toolbar__arrows > button:last-child';
const bareNextButton = '.fc-next-button, button[aria-label^="Next" i], button[title^="Next" i]';

export async function measureTimeOnScreen(
  settings: ScreenSettings,
  bareDir: string,
  benchDir: string,
): Promise<BenchRow[]> {
  const { runs, visits, busy } = settings;
  const rows: BenchRow[] = [];
  const browser = await launchChromium();
  const server = await startProductionServer();
  const bareServer = await serveStatic(bareDir);
  try {
    // The SPA needs a signed-in user: reception signs in once over HTTP and every fresh context
    // gets that session cookie, so session, settings, live stream and the rest are the real
    // server's; only `/api/agenda` is answered with generated visits (on both pages).
    const session = await signInApi(server.url, 'reception');
    const [cookieName, ...cookieValue] = session.cookie.split('=');
    const signedIn: OnScreenRun['context'] = {
      storageState: {
        cookies: [
          {
            name: cookieName!,
            value: cookieValue.join('='),
            domain: new URL(server.url).hostname,
            path: '/',
            expires: -1,
            httpOnly: true,
            secure: false,
            sameSite: 'Lax',
          },
        ],
        origins: [],
      },
    };
    const ours = {
      url: `${server.url}/`,
      eventSelector: oursEventSelector,
      visits,
      context: signedIn,
    };
    const bare = { url: `${bareServer.url}/`, eventSelector: bareEventSelector, visits };
    // One warm-up each (disk cache of the OS, JIT of the Node side), then interleaved runs so
    // that drift in machine load hits both pages alike.
    await timeUntilOnScreen(browser, { ...ours, screenshotPath: resolve(benchDir, 'ours.png') });
    await timeUntilOnScreen(browser, { ...bare, screenshotPath: resolve(benchDir, 'bare.png') });
    const oursTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      oursTimes.push((await timeUntilOnScreen(browser, ours)).load);
      bareTimes.push((await timeUntilOnScreen(browser, bare)).load);
    }
    const oursMedian = median(oursTimes);
    const bareMedian = median(bareTimes);
    rows.push({
      name: `Time until ${visits} bookings are on screen (median of ${runs})`,
      value: formatMs(oursMedian),
      baseline: formatMs(bareMedian),
      ratio: oursMedian / bareMedian,
      note: `baseline: bare FullCalendar page; ours ${spread(oursTimes)}, bare ${spread(bareTimes)}; ours signed in as reception (real session), /api/agenda routed`,
    });

    // A busy week: 2,000 visits, 20% online, a week of 7 days 07:00–21:00 in 15-minute slots
    // (about 5 side by side), then the next week with as many.
    const busyVisits = { onlineEvery: 5, days: 7, firstHour: 7, slotMinutes: 15, slotsPerDay: 56 };
    const busyOurs = {
      ...ours,
      visits: busy.visits,
      visitOptions: busyVisits,
      nextButton: oursNextButton,
    };
    const busyBare = {
      ...bare,
      visits: busy.visits,
      visitOptions: busyVisits,
      nextButton: bareNextButton,
    };
    await timeUntilOnScreen(browser, {
      ...busyOurs,
      screenshotPath: resolve(benchDir, 'ours-busy.png'),
    });
    await timeUntilOnScreen(browser, {
      ...busyBare,
      screenshotPath: resolve(benchDir, 'bare-busy.png'),
    });
    const oursBusy: { load: number[]; painted: number[]; next: number[] } = {
      load: [],
      painted: [],
      next: [],
    };
    const bareBusy: { load: number[]; painted: number[]; next: number[] } = {
      load: [],
      painted: [],
      next: [],
    };
    for (let run = 0; run < busy.runs; run += 1) {
      for (const [page, into] of [
        [busyOurs, oursBusy],
        [busyBare, bareBusy],
      ] as const) {
        const result = await timeUntilOnScreen(browser, page);
        into.load.push(result.load);
        into.painted.push(result.painted);
        into.next.push(result.next!);
      }
    }
    const count = busy.visits.toLocaleString('en');
    const busyNotes = {
      load: '; from navigation start until the blocks are in the page; ours signed in as reception (real session), /api/agenda routed to generated visits (7 days 07–21, ~5 side by side)',
      painted:
        '; from navigation start until the frame after the one that first holds them begins (style, layout and paint of that frame done)',
      next: "; ours: the toolbar's next arrow, bare: FullCalendar's next button; same generated visits for both weeks",
    };
    for (const [name, measure, goal] of [
      [`Week view with ${count} visits (20% online) on screen`, 'load', '≤ 1.15× bare'],
      [`The same week drawn (its first frame painted)`, 'painted', '≤ 1.15× bare'],
      [`Next week with ${count} visits on screen, from the click`, 'next', undefined],
    ] as const) {
      const oursValue = median(oursBusy[measure]);
      const bareValue = median(bareBusy[measure]);
      rows.push({
        name: `${name} (median of ${busy.runs})`,
        value: formatMs(oursValue),
        baseline: formatMs(bareValue),
        ratio: oursValue / bareValue,
        ...(goal ? { goal } : {}),
        note: `baseline: bare FullCalendar page, same events; ours ${spread(oursBusy[measure])}, bare ${spread(bareBusy[measure])}${busyNotes[measure]}`,
      });
    }
    return rows;
  } finally {
    await bareServer.stop();
    await server.stop();
    await browser.close();
  }
}
