// The week as the clinic counts it: Monday 00:00 to the next Monday 00:00 on the facility's wall
// clock, written with the offsets of those moments. One rule for the page and the server, so the
// first week the server sends the page ahead is exactly the one the page asks for.
import type { Temporal } from 'temporal-polyfill';

export interface WeekRange {
  /** ISO 8601 with offset, e.g. `2026-11-23T00:00:00+01:00`. */
  from: string;
  to: string;
}

/** Midnight of `date` in `timeZone`, e.g. `2026-11-23T00:00:00+01:00`. */
export function startOfDayIn(date: Temporal.PlainDate, timeZone: string): string {
  return date.toZonedDateTime({ timeZone }).toString({ timeZoneName: 'never' });
}

/** The Monday-to-Monday week around `now`, as the facility's calendar counts it. */
export function weekAround(now: Temporal.Instant, timeZone: string): WeekRange {
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  return {
    from: startOfDayIn(monday, timeZone),
    to: startOfDayIn(monday.add({ days: 7 }), timeZone),
  };
}
