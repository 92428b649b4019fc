import { Temporal } from 'temporal-polyfill';

/** The calendar days (YYYY-MM-DD, in `timeZone`) that the range [from, to) touches. */
export function daysInRange(fromMs: number, toMs: number, timeZone: string): string[] {
  const days: string[] = [];
  let day = Temporal.Instant.fromEpochMilliseconds(fromMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
  const last = Temporal.Instant.fromEpochMilliseconds(toMs - 1)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
  while (Temporal.PlainDate.compare(day, last) <= 0) {
    days.push(day.toString());
    day = day.add({ days: 1 });
  }
  return days;
}

/** A date-time in `timeZone` with its offset, as Docplanner expects in queries. */
export function inZone(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
