// The clinic's calendar on FullCalendar (day, week, month, list), drawn in the facility's zone
// with the server's clock for the now line. FullCalendar renders the grid; our meaning goes in
// through class names and `VisitBlock`. Events are not interactive for FullCalendar: each block
// holds its own button (open the card) and, beside it, the join link. Coming visits can be
// dragged to another time of the same doctor: only onto a free start when the free starts are
// known (read as the drag begins), and Docplanner has the last word.
import FullCalendar, {
  type CalendarRef,
  type DateSelectInfo,
  type DateSpanApi,
  type DatesSetInfo,
  type DayHeaderInfo,
  type DayLaneInfo,
  type EventApi,
  type EventDisplayInfo,
  type EventDragStartInfo,
  type EventDropInfo,
  type EventInput,
  useCalendarController,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { type CSSProperties, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { daysToRange, rangeCovers } from '../../lib/facility-time.ts';
import { useLocale } from '../../lib/i18n/locale-store.ts';
import { activeIntlTag, t } from '../../lib/i18n/messages.ts';
import { serverClock, useServerClockJumps, useServerNow } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { AgendaToolbar } from './AgendaToolbar.tsx';
import { visitMatches } from './agenda-filters.ts';
import { BreakBlock, type BreakBlockData } from './BreakBlock.tsx';
import {
  isShownVisit,
  slotWindowFor,
  toCalendarEvent,
  toCalendarEvents,
} from './calendar-events.ts';
import { type DoctorMark, doctorMarks } from './doctor-marks.ts';
import { type HourSpan, openingHour, workingSpan } from './fitted-slots.ts';
import { useAgenda } from './use-agenda.tsx';
import { useFittedRows } from './use-fitted-rows.ts';
import { VisitBlock, type VisitBlockLayout } from './VisitBlock.tsx';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './agenda-calendar.css';

const plugins = [timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin, classicTheme];
// Options are module constants, not literals in the JSX: FullCalendar compares options by
// identity, and a new object on every render of the agenda would make it rebuild the grid.
// Names of days and months come from the active language (FullCalendar formats with its locale's
// code through Intl); the clock is 24-hour in every language the clinics use.
const hourMinute = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const dayHeaderFormat = { weekday: 'short', day: 'numeric', month: 'short' } as const;
const titleFormat = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const serverNow = () => new Date(serverClock.now());

function layoutOf(viewType: string): VisitBlockLayout {
  if (viewType.startsWith('list')) return 'list';
  if (viewType.startsWith('dayGrid')) return 'month';
  return 'grid';
}

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

/**
 * Reception's day with several doctors: one column per doctor, built from FullCalendar's free
 * time grid. The view spans as many "days" as doctors; column i holds doctor i's visits of the
 * day shown (shifted by i days), its header names the doctor, and the arrows move one day.
 */
const doctorsDay = 'doctorsDay';

function plainDateOf(date: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

function shiftDays(instant: string, days: number, timeZone: string): string {
  if (days === 0) return instant;
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .add({ days })
    .toInstant()
    .toString();
}

/** The now line across every doctor column: a CSS offset within the grid's hours. */
function nowOffset(nowMs: number, timeZone: string, slotMin: string, slotMax: string): string {
  const now = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(timeZone);
  const minutes = now.hour * 60 + now.minute;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const from = toMinutes(slotMin);
  const to = toMinutes(slotMax);
  return `${Math.min(100, Math.max(0, ((minutes - from) / (to - from)) * 100)).toFixed(3)}%`;
}

function DoctorColumnHeader({ mark }: { mark: DoctorMark }) {
  return (
    <span className="doctor-column" style={{ '--doctor-color': mark.color } as CSSProperties}>
      <span className="doctor-column__initials" aria-hidden="true">
        {mark.initials}
      </span>
      <span className="doctor-column__name">{mark.fullName}</span>
    </span>
  );
}

const viewOptions = {
  timeGridDay: { dayHeaderFormat: { weekday: 'long', day: 'numeric', month: 'long' } },
  dayGridMonth: {
    dayHeaderFormat: { weekday: 'short' },
    titleFormat: { month: 'long', year: 'numeric' },
    dayMaxEvents: 4,
  },
  listWeek: {
    listDayFormat: { weekday: 'long', day: 'numeric', month: 'long' },
    listDayAltFormat: false,
  },
} as const;

function formatDayTitle(date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(activeIntlTag(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

/** Hours one address of a doctor is open for booking on Docplanner: the background layer. */
export interface OpenHoursBlock {
  id: string;
  doctorId: string;
  online: boolean;
  start: string;
  end: string;
}

/** A range selected in the day or week grid; the doctor when the grid says whose it is. */
export interface SelectedRange {
  start: string;
  end: string;
  doctorId: string | null;
}

/** Dragging visits to a new time; composed in by the app (the visit actions feature). */
export interface VisitMoves {
  /** The starts (epoch ms) the visit may move to; read when a drag begins. */
  freeStarts: (visit: Visit) => Promise<ReadonlySet<number>>;
  /** Moves the visit; false when Docplanner refused (the block goes back). */
  move: (visit: Visit, start: string) => Promise<boolean>;
}

/** Opening and dragging breaks; composed in by the app (the breaks feature). */
export interface BreakActions {
  open: (pause: BreakBlockData) => void;
  /** Moves the break to [start, end); false when Docplanner refused (the block goes back). */
  move: (pause: BreakBlockData, start: string, end: string) => Promise<boolean>;
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

const noBreaks: readonly BreakBlockData[] = [];
/** One event per break, kept per break so a re-render rebuilds none. */
const eventOfBreak = new WeakMap<BreakBlockData, EventInput>();

function breakEvent(pause: BreakBlockData): EventInput {
  let event = eventOfBreak.get(pause);
  if (!event) {
    event = {
      id: `break-${pause.addressId}-${pause.id}`,
      start: pause.start,
      end: pause.end,
      className: 'agenda-break',
      extendedProps: { pause },
    };
    eventOfBreak.set(pause, event);
  }
  return event;
}

const noOpenHours: readonly OpenHoursBlock[] = [];
const noEvents: EventInput[] = [];
/** With hours to open, the grid reaches into the evening. */
const selectableDay = { min: 7, max: 22 };

/** One background event per block of open hours, kept per block so a re-render rebuilds none. */
const eventOfOpenHours = new WeakMap<OpenHoursBlock, EventInput>();

function openHoursEvent(block: OpenHoursBlock): EventInput {
  let event = eventOfOpenHours.get(block);
  if (!event) {
    event = {
      id: block.id,
      start: block.start,
      end: block.end,
      display: 'background',
      className: block.online ? 'open-hours open-hours--online' : 'open-hours open-hours--regular',
    };
    eventOfOpenHours.set(block, event);
  }
  return event;
}

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
  const [scrollTime, setScrollTime] = useState(() => scrollTimeNow(timeZone));
  const [shown, setShown] = useState({ title: '', date: initialDate });
  const controller = useCalendarController();
  const visits = useAgenda((state) => state.agenda?.visits);
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const addressesById = useAgenda((state) => state.addressesById);
  const doctorId = useAgenda((state) => state.doctorId);
  const address = useAgenda((state) => state.address);
  const onlineOnly = useAgenda((state) => state.onlineOnly);
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
  const showRange = useAgenda((state) => state.showRange);
  const showView = useAgenda((state) => state.showView);
  const openVisit = useAgenda((state) => state.openVisit);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const paymentWindow = useSettings((settings) => settings.paymentWindow);

  const shownVisits = useMemo(() => {
    if (!weekLoaded || !visits) return [];
    const filters = { doctorId, address, onlineOnly };
    return visits.filter(
      (visit) => isShownVisit(visit) && visitMatches(visit, filters, addressesById),
    );
  }, [visits, doctorId, address, onlineOnly, addressesById, weekLoaded]);
  const shownOpenHours = useMemo(
    () =>
      openHours.filter(
        (block) =>
          (doctorId === null || block.doctorId === doctorId) &&
          (!onlineOnly || block.online) &&
          (address === 'all' || (address === 'online') === block.online),
      ),
    [openHours, doctorId, onlineOnly, address],
  );
  const shownBreaks = useMemo(
    () =>
      layoutOf(view) === 'grid' && weekLoaded
        ? breaks.filter((pause) => doctorId === null || pause.doctorId === doctorId)
        : noBreaks,
    [breaks, doctorId, view, weekLoaded],
  );
  const selectable = onSelectRange !== undefined;
  // The doctor on every block whenever more than one doctor is shown.
  const marks = useMemo(
    () => (doctorId === null && doctors && doctors.length > 1 ? doctorMarks(doctors) : null),
    [doctors, doctorId],
  );
  const byDoctor = view === 'timeGridDay' && marks !== null && doctors !== undefined;
  // The open hours the grid draws: none where several doctors share a column (their hours would
  // pile up into one meaningless tint). Hours not drawn do not widen the day either, so their
  // arrival does not make FullCalendar rebuild a busy week for nothing.
  const drawnOpenHours = !byDoctor && marks !== null ? noOpenHours : shownOpenHours;
  const slots = useMemo(
    () =>
      slotWindowFor(
        [...(visits ?? []), ...drawnOpenHours, ...shownBreaks],
        timeZone,
        selectable ? selectableDay : undefined,
      ),
    [visits, drawnOpenHours, shownBreaks, timeZone, selectable],
  );
  // Rows as tall as lets the working day (what is drawn, else a usual one) fill the screen.
  const gridRef = useRef<HTMLDivElement>(null);
  const span = useMemo(
    () =>
      workingSpan(
        [...(weekLoaded ? (visits ?? []) : []), ...drawnOpenHours, ...shownBreaks],
        timeZone,
        usualWorkingDay,
      ),
    [weekLoaded, visits, drawnOpenHours, shownBreaks, timeZone],
  );
  const fitted = useFittedRows(gridRef, span);
  const calendarView = byDoctor ? doctorsDay : view;
  // Only the first view counts for FullCalendar: afterwards the effect below changes it.
  const [firstCalendarView] = useState(calendarView);
  const doctorColumns = useMemo(
    () => new Map((doctors ?? []).map((doctor, index) => [doctor.id, index])),
    [doctors],
  );
  const backgroundEvents = useMemo((): EventInput[] => {
    if (!weekLoaded || drawnOpenHours.length === 0) return noEvents;
    if (!byDoctor) return drawnOpenHours.map(openHoursEvent);
    const day = Temporal.PlainDate.from(shown.date);
    return drawnOpenHours.flatMap((block) => {
      const column = doctorColumns.get(block.doctorId);
      const start = Temporal.Instant.from(block.start).toZonedDateTimeISO(timeZone);
      if (column === undefined || Temporal.PlainDate.compare(start.toPlainDate(), day) !== 0) {
        return [];
      }
      return [
        {
          ...openHoursEvent(block),
          start: shiftDays(block.start, column, timeZone),
          end: shiftDays(block.end, column, timeZone),
        },
      ];
    });
  }, [weekLoaded, byDoctor, drawnOpenHours, shown.date, doctorColumns, timeZone]);
  const visitEvents = useMemo((): EventInput[] => {
    if (!byDoctor) return toCalendarEvents(shownVisits);
    const day = Temporal.PlainDate.from(shown.date);
    return shownVisits.flatMap((visit) => {
      const column = doctorColumns.get(visit.doctorId);
      const start = Temporal.Instant.from(visit.start).toZonedDateTimeISO(timeZone);
      if (column === undefined || Temporal.PlainDate.compare(start.toPlainDate(), day) !== 0) {
        return [];
      }
      const event = toCalendarEvent(visit);
      return [
        {
          ...event,
          start: shiftDays(visit.start, column, timeZone),
          end: shiftDays(visit.end, column, timeZone),
        },
      ];
    });
  }, [byDoctor, shownVisits, shown.date, doctorColumns, timeZone]);
  const breakEvents = useMemo((): EventInput[] => {
    if (!byDoctor) return shownBreaks.map(breakEvent);
    const day = Temporal.PlainDate.from(shown.date);
    return shownBreaks.flatMap((pause) => {
      const column = doctorColumns.get(pause.doctorId);
      const start = Temporal.Instant.from(pause.start).toZonedDateTimeISO(timeZone);
      if (column === undefined || Temporal.PlainDate.compare(start.toPlainDate(), day) !== 0) {
        return [];
      }
      return [
        {
          ...breakEvent(pause),
          start: shiftDays(pause.start, column, timeZone),
          end: shiftDays(pause.end, column, timeZone),
        },
      ];
    });
  }, [byDoctor, shownBreaks, shown.date, doctorColumns, timeZone]);
  const events = useMemo(
    () =>
      backgroundEvents.length === 0 && breakEvents.length === 0
        ? visitEvents
        : [...backgroundEvents, ...breakEvents, ...visitEvents],
    [backgroundEvents, breakEvents, visitEvents],
  );
  const doctorViews = useMemo(
    () => ({
      ...viewOptions,
      [doctorsDay]: {
        type: 'timeGrid',
        duration: { days: Math.max(1, doctors?.length ?? 1) },
        dateIncrement: { days: 1 },
        nowIndicator: false,
        dayHeaderContent: (info: DayHeaderInfo) => {
          const first = Temporal.PlainDate.from(shown.date);
          const column = plainDateOf(info.date, timeZone).since(first).days;
          const doctor = doctors?.[column];
          const mark = doctor ? marks?.get(doctor.id) : undefined;
          return mark ? <DoctorColumnHeader mark={mark} /> : null;
        },
      },
    }),
    [doctors, marks, shown.date, timeZone],
  );
  // Follow the view the toolbar asked for, and the doctor columns when several doctors are shown.
  useEffect(() => {
    if (controller.view && controller.view.type !== calendarView)
      controller.changeView(calendarView);
  }, [controller, calendarView]);
  // A day asked for from outside (a visit found by the patient search), once per ask. The grid
  // scrolls to the asked time whenever FullCalendar resets it (new day, the day's hours widened
  // by its visits): the time is set first, the day gone to on the next pass.
  const dayAsked = useAgenda((state) => state.dayAsked);
  const dayGoneTo = useRef<typeof dayAsked>(null);
  // Once the first period has arrived and the grid is measured, open on the present while
  // keeping as much of the working day in view as fits (an hour before now alone would hide
  // the morning of a day that fits whole); again when the server's clock jumps (a sandbox moved
  // to another day), as the present is then elsewhere.
  const clockJumps = useServerClockJumps();
  const openedOn = useRef<number | null>(null);
  useEffect(() => {
    if (openedOn.current === clockJumps || dayAsked || !weekLoaded || fitted.visibleHours === 0) {
      return;
    }
    openedOn.current = clockJumps;
    const grid = { from: Number(slots.min.slice(0, 2)), to: Number(slots.max.slice(0, 2)) };
    const time = openingHour(hourNow(timeZone), span, fitted.visibleHours, grid);
    setScrollTime(time);
    // After FullCalendar has laid the rows out at their fitted height, which it does on its
    // next frame: scrolled before, the offset would be one of the old row height.
    requestAnimationFrame(() => calendarRef.current?.getApi().scrollToTime(time));
  }, [clockJumps, dayAsked, weekLoaded, fitted.visibleHours, slots, span, timeZone]);
  useEffect(() => {
    if (!dayAsked || dayGoneTo.current === dayAsked) return;
    if (scrollTime !== dayAsked.time) {
      setScrollTime(dayAsked.time);
      return;
    }
    dayGoneTo.current = dayAsked;
    controller.gotoDate(dayAsked.date);
    calendarRef.current?.getApi().scrollToTime(dayAsked.time);
  }, [controller, dayAsked, scrollTime]);
  const nowMs = useServerNow(byDoctor ? 60_000 : null);
  // FullCalendar reads `now` on its own minute timer and takes no new `now` function once
  // mounted, so a jump of the server's clock (the sandbox moved by a test or a demo) would wait
  // for that timer. Its timers recompute when `nowIndicatorSnap` changes: 'auto' and true snap
  // alike here (to the minute), so alternating them on each jump redraws the now line and
  // "today" at once, and only then.
  const nowIndicatorSnap = clockJumps % 2 === 0 ? 'auto' : true;
  const isToday =
    shown.date ===
    Temporal.Instant.fromEpochMilliseconds(nowMs)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString();
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

  const renderVisit = useCallback(
    (info: EventDisplayInfo) => {
      const pause = info.event.extendedProps.pause as BreakBlockData | undefined;
      if (pause) {
        return (
          <BreakBlock
            pause={pause}
            doctor={marks?.get(pause.doctorId) ?? null}
            timeZone={timeZone}
            onOpen={breakActions?.open}
          />
        );
      }
      const visit = info.event.extendedProps.visit as Visit | undefined;
      if (!visit) return true;
      const layout = layoutOf(info.view.type);
      return (
        <VisitBlock
          visit={visit}
          isShort={info.isShort}
          layout={layout}
          doctor={marks?.get(visit.doctorId) ?? null}
          onOpen={openVisit}
          joinWindow={joinWindow}
          paymentWindow={paymentWindow}
          timeZone={timeZone}
        />
      );
    },
    [marks, openVisit, joinWindow, paymentWindow, timeZone, breakActions],
  );

  const onDatesSet = useCallback(
    (info: DatesSetInfo) => {
      // The day the calendar is on (what Today / the picker moved to), in the facility's calendar.
      const on =
        info.view.type === doctorsDay
          ? info.view.currentStart
          : (controller.getDate() ?? info.view.currentStart);
      const date = Temporal.Instant.fromEpochMilliseconds(on.getTime())
        .toZonedDateTimeISO(timeZone)
        .toPlainDate()
        .toString();
      setShown({ title: info.view.title, date });
      // The doctor columns span several "days" but show one: load that day only.
      const endDay =
        info.view.type === doctorsDay
          ? Temporal.PlainDate.from(date).add({ days: 1 }).toString()
          : info.endStr.slice(0, 10);
      void showRange(daysToRange(info.startStr.slice(0, 10), endDay, timeZone));
    },
    [showRange, timeZone, controller],
  );

  const onSelect = useCallback(
    (info: DateSelectInfo) => {
      if (!onSelectRange || info.allDay) return;
      let start = info.start.toISOString();
      let end = info.end.toISOString();
      let selectedDoctor = doctorId;
      if (info.view.type === doctorsDay) {
        // A doctor column: its "day" is that doctor; the hours are on the day shown.
        const column = plainDateOf(info.start, timeZone).since(
          Temporal.PlainDate.from(shown.date),
        ).days;
        selectedDoctor = doctors?.[column]?.id ?? null;
        start = shiftDays(start, -column, timeZone);
        end = shiftDays(end, -column, timeZone);
      }
      onSelectRange({ start, end, doctorId: selectedDoctor });
    },
    [onSelectRange, doctorId, doctors, shown.date, timeZone],
  );

  /** Where a drop in the grid puts the visit, as an instant; null where it may not go. */
  const dropStart = useCallback(
    (at: Date, item: { doctorId: string }): string | null => {
      if (!byDoctor) return at.toISOString();
      // A doctor column: the visit (or break) stays with its doctor, on the day shown.
      const column = plainDateOf(at, timeZone).since(Temporal.PlainDate.from(shown.date)).days;
      if (doctors?.[column]?.id !== item.doctorId) return null;
      return shiftDays(at.toISOString(), -column, timeZone);
    },
    [byDoctor, doctors, shown.date, timeZone],
  );
  const dragged = useRef<{ visitId: string; starts: ReadonlySet<number> | null } | null>(null);
  const onDragStart = useCallback(
    (info: EventDragStartInfo) => {
      const visit = info.event.extendedProps.visit as Visit | undefined;
      if (!visit || !visitMoves) return;
      const current = { visitId: visit.id, starts: null as ReadonlySet<number> | null };
      dragged.current = current;
      visitMoves.freeStarts(visit).then(
        (starts) => {
          current.starts = starts;
        },
        // Not known: the drop is allowed and Docplanner decides.
        () => {},
      );
    },
    [visitMoves],
  );
  const allowDrop = useCallback(
    (span: DateSpanApi, event: EventApi | null) => {
      const pause = event?.extendedProps.pause as BreakBlockData | undefined;
      if (pause) {
        // A break moves to any coming time of its doctor; Docplanner has the last word.
        if (span.allDay || Date.parse(pause.start) <= serverClock.now()) return false;
        const start = dropStart(span.start, pause);
        return start !== null && Date.parse(start) > serverClock.now();
      }
      const visit = event?.extendedProps.visit as Visit | undefined;
      if (!visit || !visitMoves || span.allDay) return false;
      if (Date.parse(visit.start) <= serverClock.now()) return false;
      const start = dropStart(span.start, visit);
      if (start === null || Date.parse(start) <= serverClock.now()) return false;
      const known = dragged.current?.visitId === visit.id ? dragged.current.starts : null;
      return known === null || known.has(Date.parse(start));
    },
    [dropStart, visitMoves],
  );
  const onDrop = useCallback(
    (info: EventDropInfo) => {
      const pause = info.event.extendedProps.pause as BreakBlockData | undefined;
      if (pause) {
        const at = info.event.start;
        const start = at && breakActions ? dropStart(at, pause) : null;
        if (!breakActions || start === null) {
          info.revert();
          return;
        }
        const end = new Date(
          Date.parse(start) + Date.parse(pause.end) - Date.parse(pause.start),
        ).toISOString();
        void breakActions.move(pause, start, end).then((moved) => {
          if (!moved) info.revert();
        });
        return;
      }
      const visit = info.event.extendedProps.visit as Visit | undefined;
      const at = info.event.start;
      const start = visit && at ? dropStart(at, visit) : null;
      if (!visit || !visitMoves || start === null) {
        info.revert();
        return;
      }
      void visitMoves.move(visit, start).then((moved) => {
        if (!moved) info.revert();
      });
    },
    [visitMoves, breakActions, dropStart],
  );
  const draggable =
    (visitMoves !== undefined || breakActions !== undefined) && layoutOf(view) === 'grid';

  return (
    <div
      className={`agenda-calendar agenda-calendar--${layoutOf(view)} agenda-calendar--view-${view}${byDoctor ? ' agenda-calendar--by-doctor' : ''}`}
      aria-busy={!weekLoaded}
      style={
        byDoctor
          ? ({ '--now-offset': nowOffset(nowMs, timeZone, slots.min, slots.max) } as CSSProperties)
          : undefined
      }
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
          views={doctorViews}
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
          events={events}
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
          slotMinHeight={fitted.rowHeight}
          noEventsContent={t('agenda.calendar.noVisits')}
        />
      </div>
    </div>
  );
});
