// Times as the clinic reads them: everything is shown in the facility's zone (from the API),
// never in the zone of the browser that happens to open the agenda.
import { Temporal } from 'temporal-polyfill';
import { startOfDayIn, weekAround } from '../../shared/domain/facility-week.ts';
import { activeIntlTag, t } from './i18n/messages.ts';
import { serverClock } from './server-clock.ts';

export interface InstantRange {
  /** ISO 8601 with offset, e.g. `2026-11-23T00:00:00+01:00`. */
  from: string;
  to: string;
}

/** The zone of the browser that opened the page (not necessarily the facility's). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Now on the server's clock (the sandbox's on sandbox data), which decides "today". */
function serverInstant(): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(serverClock.now());
}

/** Today's date (`YYYY-MM-DD`) as the facility's wall calendar reads it. */
export function todayIn(timeZone: string): string {
  return serverInstant().toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The current week in the facility's zone. */
export function currentWeek(timeZone: string): InstantRange {
  return weekAround(serverInstant(), timeZone);
}

/**
 * This week as the browser counts it, widened by 14 hours on each side: wide enough to hold the
 * facility's week too when its zone is not the browser's (offsets span −12 h to +14 h), so the
 * first page load needs one request, before the facility's zone is known.
 */
export function currentWeekInAnyZone(browserTimeZone: string): InstantRange {
  const week = weekAround(serverInstant(), browserTimeZone);
  const widen = (instant: string, hours: number) =>
    Temporal.Instant.from(instant).add({ hours }).toString();
  return { from: widen(week.from, -14), to: widen(week.to, 14) };
}

/** Whether `outer` holds all of `inner`. */
export function rangeCovers(outer: InstantRange, inner: InstantRange): boolean {
  return (
    Date.parse(outer.from) <= Date.parse(inner.from) && Date.parse(inner.to) <= Date.parse(outer.to)
  );
}

/**
 * A range of whole days (`YYYY-MM-DD`, end exclusive) as instants in the facility's zone. The
 * calendar reports the days it shows; the API wants instants with an offset.
 */
export function daysToRange(firstDay: string, endDayExclusive: string, timeZone: string) {
  return {
    from: startOfDayIn(Temporal.PlainDate.from(firstDay), timeZone),
    to: startOfDayIn(Temporal.PlainDate.from(endDayExclusive), timeZone),
  } satisfies InstantRange;
}

/** A moment as the facility's wall clock reads it: the day, and the time since its midnight. */
export interface WallClock {
  /** Days since 1970-01-01 in the facility's calendar (consecutive days differ by one). */
  day: number;
  /** Milliseconds since that day's midnight on the wall clock. */
  msOfDay: number;
}

const quarterHourMs = 15 * 60_000;
const dayMs = 86_400_000;
// A zone's offset changes a few times a year, on a quarter hour at the finest: one Temporal
// lookup per quarter hour serves every visit in it (a busy week asks thousands of times).
const offsets = new Map<string, number>();
const offsetLimit = 50_000;

function exactOffsetMs(epochMs: number, timeZone: string): number {
  return (
    Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).offsetNanoseconds /
    1e6
  );
}

function offsetMs(epochMs: number, timeZone: string): number {
  const quarter = Math.floor(epochMs / quarterHourMs);
  const key = `${timeZone} ${quarter}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = exactOffsetMs(quarter * quarterHourMs, timeZone);
  const end = exactOffsetMs((quarter + 1) * quarterHourMs - 1, timeZone);
  // A quarter hour with a change inside it (none in today's zones) is never cached.
  if (start !== end) return exactOffsetMs(epochMs, timeZone);
  if (offsets.size >= offsetLimit) offsets.clear();
  offsets.set(key, start);
  return start;
}

/** `epochMs` on the facility's wall clock, in `timeZone`. */
export function wallClockOf(epochMs: number, timeZone: string): WallClock {
  const local = epochMs + offsetMs(epochMs, timeZone);
  const day = Math.floor(local / dayMs);
  return { day, msOfDay: local - day * dayMs };
}

// Building an Intl.DateTimeFormat is far dearer than using one, and a busy week formats
// thousands of times: keep one per language, zone and options.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A shared formatter for these options in `timeZone`, in the page's language. */
export function formatterFor(
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const locale = activeIntlTag();
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function format(instant: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return formatterFor(timeZone, options).format(Date.parse(instant));
}

const hourMinute = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

// A busy week draws thousands of blocks but only a few hundred distinct times: each time (and
// each range) is formatted once. Bounded, so a long-open page does not grow it for ever.
const timeTexts = new Map<string, string>();
const timeTextLimit = 20_000;

function remembered(key: string, make: () => string): string {
  let text = timeTexts.get(key);
  if (text === undefined) {
    text = make();
    if (timeTexts.size >= timeTextLimit) timeTexts.clear();
    timeTexts.set(key, text);
  }
  return text;
}

/** `09:00` */
export function formatTime(instant: string, timeZone: string): string {
  return remembered(`${timeZone} ${instant}`, () => format(instant, timeZone, hourMinute));
}

/** `09:00–09:30`: a visit's time of day, start to end, on the facility's clock. */
export function formatTimeRange(start: string, end: string, timeZone: string): string {
  return remembered(
    `${timeZone} ${start} ${end}`,
    () => `${formatTime(start, timeZone)}–${formatTime(end, timeZone)}`,
  );
}

/** `Tue, 24 Nov 2026, 09:00–09:30` (in the page's language: `wt., 24 lis 2026, 09:00–09:30`). */
export function formatVisitTime(start: string, end: string, timeZone: string): string {
  const day = format(start, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `${day}, ${formatTimeRange(start, end, timeZone)}`;
}

/** `Tue, 24 Nov 2026, 09:00`: a moment on the facility's clock, in the page's language. */
export function formatDateTime(instant: string, timeZone: string): string {
  return format(instant, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...hourMinute,
  });
}

/**
 * `Europe/Warsaw` → `Central European Time (CET)` for people, in the page's language (Polish
 * `czas środkowoeuropejski (CET)`, German `Mitteleuropäische Zeit (MEZ)`); the city of the zone
 * where the language has no name for it.
 */
export function describeTimeZone(timeZone: string, at: Temporal.Instant = Temporal.Now.instant()) {
  const nameOf = (style: 'longGeneric' | 'short') =>
    formatterFor(timeZone, { timeZoneName: style })
      .formatToParts(at.epochMilliseconds)
      .find((part) => part.type === 'timeZoneName')?.value;
  const name =
    nameOf('longGeneric') ?? timeZone.split('/').at(-1)?.replaceAll('_', ' ') ?? timeZone;
  const abbreviation = nameOf('short');
  return abbreviation && abbreviation !== name
    ? t('ui.timeZone.withAbbreviation', { name, abbreviation })
    : t('ui.timeZone.name', { name });
}
