// The clinic's calendar on FullCalendar (day, week, month, list), drawn in the facility's zone
// with the server's clock for the now line. FullCalendar renders the grid; our meaning goes in
// through class names and `VisitBlock`. Events are not interactive for FullCalendar: each block
// holds its own button (open the card) and, beside it, the join link. Coming visits can be
// dragged to another time of the same doctor: only onto a free start when the free starts are
// known (read as the drag begins), and Docplanner has the last word.
// This component composes the parts: fixed options (calendar-options.ts), the period shown
// (use-shown-period.ts), reception's doctor columns (doctor-columns.tsx), the events drawn
// (calendar-layers.ts) and what each draws (use-event-content.tsx), where the grid opens
// (use-grid-opening.ts), and dragging (use-calendar-drag.ts).
import FullCalendar, {
  type CalendarRef,
  type DateSelectInfo,
  type DayLaneInfo,
  type EventInput,
  useCalendarController,
} from '@fullcalendar/react';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { rangeCovers } from '../../lib/facility-time.ts';
import { useLocale } from '../../lib/i18n/locale-store.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useServerClockJumps } from '../../lib/server-clock.ts';
import { AgendaToolbar } from './AgendaToolbar.tsx';
import type { BreakBlockData } from './BreakBlock.tsx';
import {
  noBreaks,
  noOpenHours,
  type OpenHoursBlock,
  useCalendarEvents,
  useShownItems,
} from './calendar-layers.ts';
import {
  dayHeaderFormat,
  hourMinute,
  layoutOf,
  plugins,
  serverNow,
  titleFormat,
} from './calendar-options.ts';
import {
  doctorsDay,
  formatDayTitle,
  selectionInColumns,
  useDoctorColumns,
  useDoctorColumnsNow,
} from './doctor-columns.tsx';
import { useAgenda } from './use-agenda.tsx';
import { type BreakMoves, useCalendarDrag, type VisitMoves } from './use-calendar-drag.ts';
import { useEventContent } from './use-event-content.tsx';
import { useGridOpening } from './use-grid-opening.ts';
import { useShownPeriod } from './use-shown-period.ts';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './agenda-calendar.css';

/** A range selected in the day or week grid; the doctor when the grid says whose it is. */
export interface SelectedRange {
  start: string;
  end: string;
  doctorId: string | null;
}

/** Opening and dragging breaks; composed in by the app (the breaks feature). */
export interface BreakActions extends BreakMoves {
  open: (pause: BreakBlockData) => void;
}

export interface AgendaCalendarProps {
  timeZone: string;
  /** A day of the first period to show, `YYYY-MM-DD` in the facility's calendar. */
  initialDate: string;
  /** Drawn behind the visits: purple tint for online addresses, neutral for regular ones. */
  openHours?: readonly OpenHoursBlock[] | undefined;
  /** Ranges can be selected in the day and week grids (to open or close hours). */
  onSelectRange?: ((range: SelectedRange) => void) | undefined;
  /**
   * Whether the selected range is still being acted on (its dialog is open). When it turns
   * false the grid's highlight goes too: FullCalendar only clears it on a click elsewhere, so
   * a dialog closed with Escape would leave it behind.
   */
  rangeInUse?: boolean | undefined;
  /** Coming visits can be dragged to a free time when given. */
  visitMoves?: VisitMoves | undefined;
  /** The doctors' breaks, drawn in the day and week grids. */
  breaks?: readonly BreakBlockData[] | undefined;
  /** Breaks open on a click and can be dragged when given. */
  breakActions?: BreakActions | undefined;
}

/**
 * From this many doctor columns each is a week column's width or less (1,920 px wide): their
 * blocks take the week's compact form directly, as size containers they made the day 3× slower.
 */
const narrowColumnsFrom = 10;
/** What the calendar draws before its rows are measured and scrolled to. */
const noEvents: EventInput[] = [];

/** Memoised: the page around it re-renders on every load state; the grid only when its data does. */
export const AgendaCalendar = memo(function AgendaCalendar({
  timeZone,
  initialDate,
  openHours = noOpenHours,
  onSelectRange,
  rangeInUse = false,
  visitMoves,
  breaks = noBreaks,
  breakActions,
}: AgendaCalendarProps) {
  const calendarRef = useRef<CalendarRef>(null);
  // The active language's week (first day, names); set before the page is drawn. Undefined would
  // be FullCalendar's own US English, never expected here.
  const calendarLocale = useLocale((state) => state.calendarLocale) ?? undefined;
  useEffect(() => {
    if (!rangeInUse) calendarRef.current?.getApi().unselect();
  }, [rangeInUse]);
  // Only the first date and view count: afterwards the toolbar moves the calendar.
  const [firstDate] = useState(initialDate);
  const controller = useCalendarController();
  const { shown, onDatesSet } = useShownPeriod(initialDate, controller, timeZone);
  const visits = useAgenda((state) => state.agenda?.visits);
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const doctorId = useAgenda((state) => state.doctorId);
  const view = useAgenda((state) => state.view);

  // Until the period on screen has arrived, draw none of the older data: a half-filled week
  // would look like free time.
  const weekLoaded = useAgenda(
    (state) =>
      state.range !== null &&
      state.loadedRange !== null &&
      rangeCovers(state.loadedRange, state.range),
  );
  // Docplanner did not answer and the server never had this range: what is drawn is not "free".
  const neverSynced = useAgenda(
    (state) => state.agenda?.sync.stale === true && state.agenda.sync.syncedAt === null,
  );
  const showView = useAgenda((state) => state.showView);
  const selectable = onSelectRange !== undefined;

  const { marks, byDoctor, firstCalendarView, columns, views } = useDoctorColumns({
    controller,
    view,
    doctors,
    doctorId,
    shownDate: shown.date,
    timeZone,
  });
  const { shownVisits, drawnOpenHours, shownBreaks } = useShownItems({
    visits,
    openHours,
    breaks,
    doctorId,
    view,
    weekLoaded,
    byDoctor,
    severalDoctors: marks !== null,
  });
  const clockJumps = useServerClockJumps();
  const { gridRef, slots, rowHeight, ready, scrollTime } = useGridOpening({
    calendarRef,
    controller,
    timeZone,
    clockJumps,
    weekLoaded,
    visits,
    drawnOpenHours,
    shownBreaks,
    selectable,
  });
  const events = useCalendarEvents({
    weekLoaded,
    byDoctor,
    shownVisits,
    drawnOpenHours,
    shownBreaks,
    columns,
    shownDate: shown.date,
    timeZone,
  });
  const { isToday, style: nowLineStyle } = useDoctorColumnsNow(
    byDoctor,
    shown.date,
    timeZone,
    slots,
  );
  // FullCalendar reads `now` on its own minute timer and takes no new `now` function once
  // mounted, so a jump of the server's clock (the sandbox moved by a test or a demo) would wait
  // for that timer. Its timers recompute when `nowIndicatorSnap` changes: 'auto' and true snap
  // alike here (to the minute), so alternating them on each jump redraws the now line and
  // "today" at once, and only then.
  const nowIndicatorSnap = clockJumps % 2 === 0 ? 'auto' : true;
  const laneClass = useCallback(
    (info: DayLaneInfo) =>
      [
        info.isToday && 'day-lane--today',
        (!weekLoaded || neverSynced) && 'day-lane--waiting',
        byDoctor && isToday && 'day-lane--now-line',
      ]
        .filter(Boolean)
        .join(' '),
    [weekLoaded, neverSynced, byDoctor, isToday],
  );
  const renderVisit = useEventContent({ marks, timeZone, breakActions });

  const onSelect = useCallback(
    (info: DateSelectInfo) => {
      if (!onSelectRange || info.allDay) return;
      onSelectRange(
        info.view.type === doctorsDay
          ? selectionInColumns(info.start, info.end, doctors, shown.date, timeZone)
          : { start: info.start.toISOString(), end: info.end.toISOString(), doctorId },
      );
    },
    [onSelectRange, doctorId, doctors, shown.date, timeZone],
  );

  const { onDragStart, allowDrop, onDrop } = useCalendarDrag({
    visitMoves,
    breakMoves: breakActions,
    byDoctor,
    doctors,
    shownDate: shown.date,
    timeZone,
  });
  const draggable =
    (visitMoves !== undefined || breakActions !== undefined) && layoutOf(view) === 'grid';

  return (
    <div
      className={`agenda-calendar agenda-calendar--${layoutOf(view)} agenda-calendar--view-${view}${byDoctor ? ' agenda-calendar--by-doctor' : ''}${byDoctor && (doctors?.length ?? 0) >= narrowColumnsFrom ? ' agenda-calendar--narrow-columns' : ''}`}
      // Busy until the period on screen has arrived and its blocks are drawn (use-grid-opening.ts).
      aria-busy={!weekLoaded || !ready}
      style={nowLineStyle}
    >
      <AgendaToolbar
        controller={controller}
        view={view}
        title={byDoctor ? formatDayTitle(shown.date) : controller.view?.title || shown.title}
        date={shown.date}
        onView={showView}
      />
      <div className="agenda-calendar__grid" ref={gridRef}>
        <FullCalendar
          ref={calendarRef}
          controller={controller}
          plugins={plugins}
          locale={calendarLocale}
          timeZone={timeZone}
          now={serverNow}
          initialView={firstCalendarView}
          initialDate={firstDate}
          views={views}
          allDaySlot={false}
          nowIndicator
          nowIndicatorSnap={nowIndicatorSnap}
          headerToolbar={false}
          slotMinTime={slots.min}
          slotMaxTime={slots.max}
          scrollTime={scrollTime}
          slotDuration="00:30:00"
          slotHeaderFormat={hourMinute}
          eventTimeFormat={hourMinute}
          // Each block formats its own time (cached per range): FullCalendar's per-event range
          // formatting doubled the cost of drawing a busy week.
          displayEventTime={false}
          dayHeaderFormat={dayHeaderFormat}
          titleFormat={titleFormat}
          height="100%"
          expandRows
          // Drawn once the rows have their fitted height and the grid its opening scroll, not
          // laid out first at a guessed height or at the top of the day (use-grid-opening.ts).
          events={ready ? events : noEvents}
          eventDisplay="block"
          eventInteractive={false}
          dayLaneClass={laneClass}
          eventContent={renderVisit}
          datesSet={onDatesSet}
          selectable={selectable && layoutOf(view) === 'grid'}
          select={onSelect}
          editable={draggable}
          eventDurationEditable={false}
          eventAllow={allowDrop}
          eventDragStart={onDragStart}
          eventDrop={onDrop}
          eventMinHeight={20}
          slotMinHeight={rowHeight}
          noEventsContent={t('agenda.calendar.noVisits')}
        />
      </div>
    </div>
  );
});
