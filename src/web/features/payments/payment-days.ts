// The board's days: which day a visit falls on in the facility's zone, how a day is written, and
// the days of the range shown (for the day filter).
import { Temporal } from 'temporal-polyfill';
import { formatterFor } from '../../lib/facility-time.ts';

export function dayOfVisit(startMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(startMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/**
 * `Tue 24 Nov` in `timeZone`, in the page's language; the formatter is shared (every row
 * re-renders each second).
 */
export function dayFormat(timeZone: string): Intl.DateTimeFormat {
  return formatterFor(timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Every day from `first` to `last` (`YYYY-MM-DD`), at most 62 of them. */
export function daysOf(range: { first: string; last: string } | null): string[] {
  if (!range) return [];
  const list: string[] = [];
  let day = Temporal.PlainDate.from(range.first);
  const last = Temporal.PlainDate.from(range.last);
  while (Temporal.PlainDate.compare(day, last) <= 0 && list.length < 62) {
    list.push(day.toString());
    day = day.add({ days: 1 });
  }
  return list;
}
