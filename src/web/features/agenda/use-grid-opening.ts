// The day and week grids' hours and where they open: the hours shown (widened by what is drawn),
// rows as tall as lets the working day fill the screen (fitted-slots.ts, use-fitted-rows.ts),
// the present on opening and on a jump of the server's clock, and a day asked for from outside.
import type { CalendarController, CalendarRef } from '@fullcalendar/react';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { todayIn } from '../../lib/facility-time.ts';
import { serverClock } from '../../lib/server-clock.ts';
import type { BreakBlockData } from './BreakBlock.tsx';
import { slotWindowFor } from './calendar-events.ts';
import { type HourSpan, openingHour, workingSpan } from './fitted-slots.ts';
import { useAgenda } from './use-agenda.tsx';
import { useFittedRows } from './use-fitted-rows.ts';

function hourNow(timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(serverClock.now()).toZonedDateTimeISO(timeZone)
    .hour;
}

/** An hour before now on the facility's clock, so day and week open on the present. */
function scrollTimeNow(timeZone: string): string {
  return `${String(Math.max(0, hourNow(timeZone) - 1)).padStart(2, '0')}:00:00`;
}

/** A clinic's day when nothing of it is known yet. */
const usualWorkingDay: HourSpan = { from: 8, to: 18 };
/** With hours to open, the grid reaches into the evening. */
const selectableDay = { min: 7, max: 22 };

export function useGridOpening({
  calendarRef,
  controller,
  timeZone,
  clockJumps,
  weekLoaded,
  visits,
  drawnOpenHours,
  shownBreaks,
  selectable,
}: {
  calendarRef: RefObject<CalendarRef | null>;
  controller: CalendarController;
  timeZone: string;
  /** How many times the server's clock has jumped. */
  clockJumps: number;
  /** The period on screen has arrived. */
  weekLoaded: boolean;
  visits: readonly Visit[] | undefined;
  drawnOpenHours: readonly { start: string; end: string }[];
  shownBreaks: readonly BreakBlockData[];
  /** Ranges can be selected (to open or close hours). */
  selectable: boolean;
}) {
  const [scrollTime, setScrollTime] = useState(() => scrollTimeNow(timeZone));
  // Only the visits of the period on screen count: the first load reaches hours beyond the week
  // on either side (any zone's week), and a visit drawn nowhere must not widen the hours.
  const range = useAgenda((state) => state.range);
  const periodVisits = useMemo(() => {
    if (!visits || !range) return [];
    const from = Date.parse(range.from);
    const to = Date.parse(range.to);
    return visits.filter((visit) => Date.parse(visit.end) > from && Date.parse(visit.start) < to);
  }, [visits, range]);
  const slots = useMemo(
    () =>
      slotWindowFor(
        [...periodVisits, ...drawnOpenHours, ...shownBreaks],
        timeZone,
        selectable ? selectableDay : undefined,
      ),
    [periodVisits, drawnOpenHours, shownBreaks, timeZone, selectable],
  );
  // Rows as tall as lets the working day (what is drawn, else a usual one) fill the screen.
  const gridRef = useRef<HTMLDivElement>(null);
  const span = useMemo(
    () =>
      workingSpan(
        [...(weekLoaded ? periodVisits : []), ...drawnOpenHours, ...shownBreaks],
        timeZone,
        usualWorkingDay,
      ),
    [weekLoaded, periodVisits, drawnOpenHours, shownBreaks, timeZone],
  );
  const fitted = useFittedRows(gridRef, span);
  // A day asked for from outside (a visit found by the patient search), once per ask. The grid
  // scrolls to the asked time whenever FullCalendar resets it (new day, the day's hours widened
  // by its visits): the time is set first, the day gone to on the next pass.
  const dayAsked = useAgenda((state) => state.dayAsked);
  const dayGoneTo = useRef<typeof dayAsked>(null);
  // Once the first period has arrived and the grid is measured, open on the present while
  // keeping as much of the working day in view as fits (an hour before now alone would hide
  // the morning of a day that fits whole); again when the server's clock jumps (a sandbox moved
  // to another day), as the present is then elsewhere.
  const openedOn = useRef<number | null>(null);
  // Until the grid has first been scrolled to where it opens, the blocks wait: drawn before, the
  // first frame that holds them would show them at the top of the day, and draw them again a
  // frame later, scrolled, at the cost of a whole second layout of a busy week.
  const [firstOpened, setFirstOpened] = useState(false);
  useEffect(() => {
    if (openedOn.current === clockJumps || dayAsked || !weekLoaded || fitted.visibleHours === 0) {
      return;
    }
    // The calendar on another day than today (the page drew its first period before it knew
    // the server's clock, or the clock jumped): go to today first; when that is another period,
    // open once it is loaded.
    const today = todayIn(timeZone);
    const on = controller.getDate();
    const onDay = on
      ? Temporal.Instant.fromEpochMilliseconds(on.getTime())
          .toZonedDateTimeISO(timeZone)
          .toPlainDate()
          .toString()
      : today;
    if (onDay !== today) {
      controller.gotoDate(today);
      const nowMs = serverClock.now();
      if (range && (nowMs < Date.parse(range.from) || nowMs >= Date.parse(range.to))) return;
    }
    openedOn.current = clockJumps;
    const grid = { from: Number(slots.min.slice(0, 2)), to: Number(slots.max.slice(0, 2)) };
    const time = openingHour(hourNow(timeZone), span, fitted.visibleHours, grid);
    setScrollTime(time);
    // After FullCalendar has laid the rows out at their fitted height, which it does on its
    // next frame: scrolled before, the offset would be one of the old row height.
    requestAnimationFrame(() => {
      calendarRef.current?.getApi().scrollToTime(time);
      setFirstOpened(true);
    });
  }, [
    clockJumps,
    dayAsked,
    weekLoaded,
    fitted.visibleHours,
    slots,
    span,
    timeZone,
    calendarRef,
    range,
    controller,
  ]);
  useEffect(() => {
    if (!dayAsked || dayGoneTo.current === dayAsked) return;
    if (scrollTime !== dayAsked.time) {
      setScrollTime(dayAsked.time);
      return;
    }
    dayGoneTo.current = dayAsked;
    controller.gotoDate(dayAsked.date);
    calendarRef.current?.getApi().scrollToTime(dayAsked.time);
    setFirstOpened(true);
  }, [controller, dayAsked, scrollTime, calendarRef]);
  // A grid with no height to fit (or none measurable) has no opening scroll to wait for.
  const ready = fitted.measured && (firstOpened || fitted.visibleHours === 0);
  return { gridRef, slots, rowHeight: fitted.rowHeight, ready, scrollTime };
}
