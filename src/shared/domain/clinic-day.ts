// One day as the clinic's wall calendar counts it: from its midnight to the next, in the
// facility's zone. On the nights the clocks change that day lasts 23 or 25 hours, never 24.
import { Temporal } from 'temporal-polyfill';
import { startOfDayIn } from './facility-week.ts';

export interface ClinicDay {
  /** ISO 8601 with offset: that day's midnight, and the next day's. */
  from: string;
  to: string;
}

/** `[from, to)` of the day `date` (`YYYY-MM-DD`) in `timeZone`, as ISO 8601 with offsets. */
export function clinicDayRange(date: string, timeZone: string): ClinicDay {
  const day = Temporal.PlainDate.from(date, { overflow: 'reject' });
  return {
    from: startOfDayIn(day, timeZone),
    to: startOfDayIn(day.add({ days: 1 }), timeZone),
  };
}

/** Whether `instant` falls on the clinic day `range` (half-open). */
export function isOnClinicDay(instant: string, range: ClinicDay): boolean {
  const at = Date.parse(instant);
  return Date.parse(range.from) <= at && at < Date.parse(range.to);
}
