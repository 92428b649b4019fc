// How tall a half-hour row of the day and week grids is: as tall as lets the working day fill
// the space the grid has on this screen, within what stays readable (and touchable), and where
// the grid opens: on the present, keeping as much of the working day in view as fits.
import { wallClockOf } from '../../lib/facility-time.ts';

const hourMs = 3_600_000;

/** Hours of the day, e.g. `{ from: 8, to: 18 }` for 08:00–18:00. */
export interface HourSpan {
  from: number;
  to: number;
}

export interface RowLimits {
  /** Below this a half-hour visit has no room for its time and patient on one line. */
  min: number;
  /** Above this a short day would be stretched into empty bands. */
  max: number;
}

/** With a mouse, rows may be compact; a finger needs more room to pick a visit or a time. */
export const fineRows: RowLimits = { min: 24, max: 40 };
export const touchRows: RowLimits = { min: 34, max: 48 };

const slotsPerHour = 2;

/** The row height (px, whole) that shows `span` in `available` pixels, within `limits`. */
export function fittedRowHeight(available: number, span: HourSpan, limits: RowLimits): number {
  const rows = Math.max(1, (span.to - span.from) * slotsPerHour);
  if (!Number.isFinite(available) || available <= 0) return limits.max;
  return Math.min(limits.max, Math.max(limits.min, Math.floor(available / rows)));
}

/**
 * Where the grid opens (`HH:00:00`): an hour before now, but never above the working day's start
 * nor so low that the end of the working day would scroll off when the whole day fits.
 */
export function openingHour(
  nowHour: number,
  span: HourSpan,
  visibleHours: number,
  grid: HourSpan,
): string {
  const latestStart = Math.max(span.from, span.to - Math.floor(visibleHours));
  const hour = Math.min(Math.max(nowHour - 1, span.from), latestStart);
  const clamped = Math.min(Math.max(hour, grid.from), Math.max(grid.from, grid.to - 1));
  return `${String(clamped).padStart(2, '0')}:00:00`;
}

/**
 * The working hours of the items drawn (visits, open hours, breaks) on the facility's clock,
 * widened to whole hours; `fallback` when there are none.
 */
export function workingSpan(
  items: readonly { start: string; end: string }[],
  timeZone: string,
  fallback: HourSpan,
): HourSpan {
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const start = wallClockOf(Date.parse(item.start), timeZone);
    const end = wallClockOf(Date.parse(item.end), timeZone);
    from = Math.min(from, Math.floor(start.msOfDay / hourMs));
    to = Math.max(to, end.day === start.day ? Math.ceil(end.msOfDay / hourMs) : 24);
  }
  return from < to ? { from, to } : fallback;
}
