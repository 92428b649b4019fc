// The clinic's calendar on FullCalendar (day, week, month, list), drawn in the facility's zone
// with the server's clock for the now line. FullCalendar renders the grid; our meaning goes in
// through class names and `VisitBlock`. Events are not interactive for FullCalendar: each block
// holds its own button (open the card) and, beside it, the join link.
import FullCalendar, {
  type DatesSetInfo,
  type EventDisplayInfo,
  useCalendarController,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import listPlugin from '@fullcalendar/react/list';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { memo, useCallback, useMemo, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { daysToRange, rangeCovers } from '../../lib/facility-time.ts';
import { serverClock } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { AgendaToolbar } from './AgendaToolbar.tsx';
import { visitMatches } from './agenda-filters.ts';
import { isShownVisit, slotWindowFor, toCalendarEvents } from './calendar-events.ts';
import { doctorMarks } from './doctor-marks.ts';
import { useAgenda } from './use-agenda.tsx';
import { VisitBlock, type VisitBlockLayout } from './VisitBlock.tsx';
import { VisitPayment } from './VisitPayment.tsx';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './agenda-calendar.css';

const plugins = [timeGridPlugin, dayGridPlugin, listPlugin, classicTheme];
const hourMinute = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const serverNow = () => new Date(serverClock.now());

function layoutOf(viewType: string): VisitBlockLayout {
  if (viewType.startsWith('list')) return 'list';
  if (viewType.startsWith('dayGrid')) return 'month';
  return 'grid';
}

/** An hour before now on the facility's clock, so day and week open on the present. */
function scrollTimeNow(timeZone: string): string {
  const hour = Temporal.Instant.fromEpochMilliseconds(serverClock.now()).toZonedDateTimeISO(
    timeZone,
  ).hour;
  return `${String(Math.max(0, hour - 1)).padStart(2, '0')}:00:00`;
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

export interface AgendaCalendarProps {
  timeZone: string;
  /** A day of the first period to show, `YYYY-MM-DD` in the facility's calendar. */
  initialDate: string;
}

/** Memoised: the page around it re-renders on every load state; the grid only when its data does. */
export const AgendaCalendar = memo(function AgendaCalendar({
  timeZone,
  initialDate,
}: AgendaCalendarProps) {
  // Only the first date and view count: afterwards the toolbar moves the calendar.
  const [firstDate] = useState(initialDate);
  const [scrollTime] = useState(() => scrollTimeNow(timeZone));
  const [shown, setShown] = useState({ title: '', date: initialDate });
  const controller = useCalendarController();
  const visits = useAgenda((state) => state.agenda?.visits);
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const addressesById = useAgenda((state) => state.addressesById);
  const doctorId = useAgenda((state) => state.doctorId);
  const address = useAgenda((state) => state.address);
  const onlineOnly = useAgenda((state) => state.onlineOnly);
  const view = useAgenda((state) => state.view);
  const [firstView] = useState(view);
  // Until the period on screen has arrived, draw none of the older data: a half-filled week
  // would look like free time.
  const weekLoaded = useAgenda(
    (state) =>
      state.range !== null &&
      state.loadedRange !== null &&
      rangeCovers(state.loadedRange, state.range),
  );
  const showRange = useAgenda((state) => state.showRange);
  const showView = useAgenda((state) => state.showView);
  const openVisit = useAgenda((state) => state.openVisit);
  const joinWindow = useSettings((settings) => settings.joinWindow);

  const shownVisits = useMemo(() => {
    if (!weekLoaded || !visits) return [];
    const filters = { doctorId, address, onlineOnly };
    return visits.filter(
      (visit) => isShownVisit(visit) && visitMatches(visit, filters, addressesById),
    );
  }, [visits, doctorId, address, onlineOnly, addressesById, weekLoaded]);
  const events = useMemo(() => toCalendarEvents(shownVisits), [shownVisits]);
  const slots = useMemo(() => slotWindowFor(visits ?? [], timeZone), [visits, timeZone]);
  // The doctor on every block whenever more than one doctor is shown.
  const marks = useMemo(
    () => (doctorId === null && doctors && doctors.length > 1 ? doctorMarks(doctors) : null),
    [doctors, doctorId],
  );

  const renderVisit = useCallback(
    (info: EventDisplayInfo) => {
      const visit = info.event.extendedProps.visit as Visit | undefined;
      if (!visit) return true;
      const layout = layoutOf(info.view.type);
      return (
        <VisitBlock
          visit={visit}
          timeText={info.timeText}
          isShort={info.isShort}
          layout={layout}
          doctor={marks?.get(visit.doctorId) ?? null}
          onOpen={openVisit}
          joinWindow={joinWindow}
          timeZone={timeZone}
          payment={
            visit.visitPayment ? (
              <VisitPayment visit={visit} timeZone={timeZone} compact={layout !== 'list'} />
            ) : null
          }
        />
      );
    },
    [marks, openVisit, joinWindow, timeZone],
  );

  const onDatesSet = useCallback(
    (info: DatesSetInfo) => {
      // The day the calendar is on (what Today / the picker moved to), in the facility's calendar.
      const on = controller.getDate() ?? info.view.currentStart;
      const date = Temporal.Instant.fromEpochMilliseconds(on.getTime())
        .toZonedDateTimeISO(timeZone)
        .toPlainDate()
        .toString();
      setShown({ title: info.view.title, date });
      void showRange(daysToRange(info.startStr.slice(0, 10), info.endStr.slice(0, 10), timeZone));
    },
    [showRange, timeZone, controller],
  );

  return (
    <div className={`agenda-calendar agenda-calendar--${layoutOf(view)}`} aria-busy={!weekLoaded}>
      <AgendaToolbar
        controller={controller}
        view={view}
        title={controller.view?.title || shown.title}
        date={shown.date}
        onView={(next) => {
          showView(next);
          controller.changeView(next);
        }}
      />
      <div className="agenda-calendar__grid">
        <FullCalendar
          controller={controller}
          plugins={plugins}
          locale={enGbLocale}
          timeZone={timeZone}
          now={serverNow}
          initialView={firstView}
          initialDate={firstDate}
          views={viewOptions}
          firstDay={1}
          allDaySlot={false}
          nowIndicator
          headerToolbar={false}
          slotMinTime={slots.min}
          slotMaxTime={slots.max}
          scrollTime={scrollTime}
          slotDuration="00:30:00"
          slotHeaderFormat={hourMinute}
          eventTimeFormat={hourMinute}
          dayHeaderFormat={{ weekday: 'short', day: 'numeric', month: 'short' }}
          titleFormat={{ day: 'numeric', month: 'long', year: 'numeric' }}
          height="100%"
          expandRows
          events={events}
          eventDisplay="block"
          eventInteractive={false}
          dayLaneClass={weekLoaded ? undefined : 'day-lane--waiting'}
          eventContent={renderVisit}
          datesSet={onDatesSet}
          eventMinHeight={20}
          slotMinHeight={40}
          noEventsContent="No visits in this period"
        />
      </div>
    </div>
  );
});
