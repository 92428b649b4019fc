// The week of the clinic on FullCalendar's time grid, drawn in the facility's zone. FullCalendar
// renders the grid; our meaning goes in through class names and `VisitBlock`.
import FullCalendar, {
  type DatesSetInfo,
  type EventClickInfo,
  type EventDisplayInfo,
} from '@fullcalendar/react';
import enGbLocale from '@fullcalendar/react/locales/en-gb';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { memo, useCallback, useMemo, useState } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { daysToRange, rangeCovers } from '../../lib/facility-time.ts';
import { slotWindowFor, toCalendarEvents } from './calendar-events.ts';
import { useAgenda } from './use-agenda.tsx';
import { joinVideoAttribute, VisitBlock } from './VisitBlock.tsx';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import './agenda-calendar.css';

const plugins = [timeGridPlugin, classicTheme];
const hourMinute = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

function renderVisit(info: EventDisplayInfo) {
  const visit = info.event.extendedProps.visit as Visit | undefined;
  if (!visit) return true;
  return <VisitBlock visit={visit} timeText={info.timeText} isShort={info.isShort} />;
}

export interface AgendaCalendarProps {
  timeZone: string;
  /** A day of the first week to show, `YYYY-MM-DD` in the facility's calendar. */
  initialDate: string;
}

/** Memoised: the page around it re-renders on every load state; the grid only when its data does. */
export const AgendaCalendar = memo(function AgendaCalendar({
  timeZone,
  initialDate,
}: AgendaCalendarProps) {
  // Only the first date counts: afterwards the calendar's own buttons move it.
  const [firstDate] = useState(initialDate);
  const visits = useAgenda((state) => state.agenda?.visits);
  const doctorId = useAgenda((state) => state.doctorId);
  // Until the week on screen has arrived, draw none of the older data: a half-filled week would
  // look like free time.
  const weekLoaded = useAgenda(
    (state) =>
      state.range !== null &&
      state.loadedRange !== null &&
      rangeCovers(state.loadedRange, state.range),
  );
  const showRange = useAgenda((state) => state.showRange);
  const openVisit = useAgenda((state) => state.openVisit);

  const shownVisits = useMemo(() => {
    if (!weekLoaded || !visits) return [];
    return doctorId === null ? visits : visits.filter((visit) => visit.doctorId === doctorId);
  }, [visits, doctorId, weekLoaded]);
  const events = useMemo(() => toCalendarEvents(shownVisits), [shownVisits]);
  const slots = useMemo(() => slotWindowFor(visits ?? [], timeZone), [visits, timeZone]);

  const onDatesSet = useCallback(
    (info: DatesSetInfo) => {
      void showRange(daysToRange(info.startStr.slice(0, 10), info.endStr.slice(0, 10), timeZone));
    },
    [showRange, timeZone],
  );

  const onEventClick = useCallback(
    (info: EventClickInfo) => {
      // The join link opens the call on its own; it must not also open the card.
      if (
        info.jsEvent.target instanceof Element &&
        info.jsEvent.target.closest(`[${joinVideoAttribute}]`)
      ) {
        return;
      }
      info.jsEvent.preventDefault();
      openVisit(info.event.id);
    },
    [openVisit],
  );

  return (
    <div className="agenda-calendar" aria-busy={!weekLoaded}>
      <FullCalendar
        plugins={plugins}
        locale={enGbLocale}
        timeZone={timeZone}
        initialView="timeGridWeek"
        initialDate={firstDate}
        firstDay={1}
        allDaySlot={false}
        nowIndicator
        headerToolbar={{ start: 'today prev,next title', center: '', end: '' }}
        slotMinTime={slots.min}
        slotMaxTime={slots.max}
        scrollTime="07:30:00"
        slotDuration="00:30:00"
        slotHeaderFormat={hourMinute}
        eventTimeFormat={hourMinute}
        dayHeaderFormat={{ weekday: 'short', day: 'numeric', month: 'short' }}
        titleFormat={{ day: 'numeric', month: 'long', year: 'numeric' }}
        height="100%"
        expandRows
        events={events}
        dayLaneClass={weekLoaded ? undefined : 'day-lane--waiting'}
        eventContent={renderVisit}
        eventClick={onEventClick}
        datesSet={onDatesSet}
        eventMinHeight={20}
        slotMinHeight={40}
      />
    </div>
  );
});
