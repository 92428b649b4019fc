// The range picked in the agenda as the hours dialog's subtitle says it: one day with its times,
// or the first and last day with theirs.
import { formatTime, formatterFor } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';

const wholeDay = { weekday: 'long', day: 'numeric', month: 'long' } as const;

export function describeRange(start: string, end: string, timeZone: string): string {
  const day = (instant: string) => formatterFor(timeZone, wholeDay).format(Date.parse(instant));
  const from = formatTime(start, timeZone);
  const to = formatTime(end, timeZone);
  const startDay = day(start);
  const endDay = day(new Date(Date.parse(end) - 1).toISOString());
  return startDay === endDay
    ? t('hours.range.oneDay', { day: startDay, from, to })
    : t('hours.range.days', { startDay, from, endDay: day(end), to });
}
