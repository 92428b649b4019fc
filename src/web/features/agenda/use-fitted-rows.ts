// The grid's half-hour row height for the space it has now: measured on the grid's box (and
// again whenever it changes size: window resized, phone turned), minus its column header.
import { type RefObject, useEffect, useState } from 'react';
import { fineRows, fittedRowHeight, type HourSpan, touchRows } from './fitted-slots.ts';

/** The header row FullCalendar draws above the columns when it has not been drawn yet. */
const headerFallback = 26;

function bodyHeight(grid: HTMLElement): number {
  const header = grid.querySelector('[role="rowgroup"]');
  const headerHeight = header?.getBoundingClientRect().height || headerFallback;
  return grid.clientHeight - headerHeight;
}

export interface FittedRows {
  rowHeight: number;
  /** How many hours the grid shows at once with that row height. */
  visibleHours: number;
  /**
   * The grid's box has been measured (or cannot be, without ResizeObserver): until then the
   * row height is a guess, and blocks drawn at it would all be laid out again at the real one.
   */
  measured: boolean;
}

export function useFittedRows(grid: RefObject<HTMLElement | null>, span: HourSpan): FittedRows {
  const [available, setAvailable] = useState<number | null>(null);
  useEffect(() => {
    const element = grid.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Only from the observer, whose first call comes once the grid has been laid out, in the
    // same frame as FullCalendar's own measuring of its empty grid: measured earlier (here, in
    // the effect), the blocks would reach FullCalendar before it knows its rows, and it would
    // draw them twice (once unplaced, again once its observer has the sizes), at twice the cost.
    const observer = new ResizeObserver(() => setAvailable(Math.round(bodyHeight(element))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [grid]);
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  const space = available ?? 0;
  const rowHeight = fittedRowHeight(space, span, touch ? touchRows : fineRows);
  return {
    rowHeight,
    visibleHours: space > 0 ? space / rowHeight / 2 : 0,
    measured: available !== null || typeof ResizeObserver === 'undefined',
  };
}
