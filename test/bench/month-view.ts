// "A month with 10,000 visits": our agenda in month view (reception, all doctors) against bare
// FullCalendar's dayGridMonth with the same events and the same limit of 4 blocks a day (ours
// shows at most 4 and "+N more"; without the limit the bare page would draw every event), from
// navigation start until every day cell of the 6-week grid holds its 4 blocks, and until painted.
import { Temporal } from 'temporal-polyfill';
import { demoTimeZone } from '../fixtures/agenda.ts';
import type { BenchRow } from './table.ts';
import { compareView, receptionContext, withBenchPages } from './view-on-screen.ts';

export interface MonthOptions {
  runs: number;
  /** Visits in the month shown (today's, in the facility's zone). */
  visits: number;
}

/** Blocks a day cell shows (ours: dayMaxEvents in calendar-options.ts) × the grid's 42 days. */
const shownBlocks = 4 * 42;

export async function measureMonthView(
  options: MonthOptions,
  bareDir: string,
  screenshotPrefix: string,
): Promise<BenchRow[]> {
  // The month's visits spread evenly over its days, 7 days a week 07:00–21:00 in 15-minute
  // slots; the grid's days of the months around get as many a day.
  const daysInMonth = Temporal.Now.plainDateISO(demoTimeZone).daysInMonth;
  const perWeek = Math.ceil((options.visits * 7) / daysInMonth);
  const shape = {
    perWeek,
    visitOptions: { onlineEvery: 5, days: 7, firstHour: 7, slotMinutes: 15, slotsPerDay: 56 },
  };
  const count = options.visits.toLocaleString('en');
  return withBenchPages(bareDir, ({ browser, ourUrl, cookie, bareUrl }) =>
    compareView(browser, {
      name: `Month view with ${count} visits on screen`,
      runs: options.runs,
      shape,
      ours: {
        url: `${ourUrl}/`,
        selector: '[data-visit-id]',
        count: shownBlocks,
        context: receptionContext(ourUrl, cookie, {
          doctorId: null,
          address: 'all',
          onlineOnly: false,
          view: 'dayGridMonth',
        }),
      },
      bare: { url: `${bareUrl}/?view=month`, selector: '.bench-event', count: shownBlocks },
      goal: '≤ 1.2× bare',
      note: `baseline: bare FullCalendar dayGridMonth, same events, dayMaxEvents 4 as ours; ${count} visits in the month (${Math.round(perWeek / 7)} a day, 20% online), from navigation start until the 42 days hold their 4 blocks each; ours signed in as reception, /api/agenda routed`,
      screenshotPrefix,
    }),
  );
}
