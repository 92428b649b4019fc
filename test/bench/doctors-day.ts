// "A day with 30 doctors side by side": reception's day view with one column per doctor (ours
// builds them from FullCalendar's free time grid, see doctor-columns.tsx) against bare
// FullCalendar built the same way, since its free plugins have no resource columns: a time grid
// 30 "days" wide, doctor i's visits of the day shifted i days into column i. From navigation
// start until the day's visits are all in the page, and until painted.
import type { BenchRow } from './table.ts';
import { compareView, receptionContext, withBenchPages } from './view-on-screen.ts';

export interface DoctorsDayOptions {
  runs: number;
  doctors: number;
}

/** 30-minute slots 08:00–18:00: every doctor has every slot of every day booked. */
const slotsPerDay = 20;

export async function measureDoctorsDay(
  options: DoctorsDayOptions,
  bareDir: string,
  screenshotPrefix: string,
): Promise<BenchRow[]> {
  const shape = {
    perWeek: options.doctors * slotsPerDay * 7,
    doctors: options.doctors,
    visitOptions: { onlineEvery: 5, days: 7, slotsPerDay },
  };
  const onTheDay = options.doctors * slotsPerDay;
  return withBenchPages(bareDir, ({ browser, ourUrl, cookie, bareUrl }) =>
    compareView(browser, {
      name: `Day with ${options.doctors} doctors side by side on screen`,
      runs: options.runs,
      shape,
      ours: {
        url: `${ourUrl}/`,
        selector: '[data-visit-id]',
        count: onTheDay,
        context: receptionContext(ourUrl, cookie, {
          doctorId: null,
          address: 'all',
          onlineOnly: false,
          view: 'timeGridDay',
        }),
      },
      bare: {
        url: `${bareUrl}/?view=doctors&columns=${options.doctors}`,
        selector: '.bench-event',
        count: onTheDay,
      },
      goal: '≤ 1.2× bare',
      note: `baseline: bare FullCalendar time grid ${options.doctors} "days" wide, doctor i's visits shifted into column i (as ours builds its doctor columns; the free plugins have no resources); ${onTheDay} visits on the day, 08–18 every 30 min for each doctor, 20% online; ours signed in as reception, all doctors, /api/agenda routed`,
      screenshotPrefix,
    }),
  );
}
