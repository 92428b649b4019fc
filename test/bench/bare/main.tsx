// The bench's baseline: FullCalendar with the same events as our agenda, fetched from the same
// `/api/agenda`, and nothing of ours — no custom content, no store, no schemas. The query picks
// the view: none for the week (timeGridWeek); `?view=month` for dayGridMonth, at most 4 events
// a day as ours; `?view=doctors&columns=N` for reception's day with N doctors built the way our
// agenda builds it from the free time grid (bare FullCalendar has no resource columns): a time
// grid N "days" wide, doctor i's visits of the first day shifted i days into column i.
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { createRoot } from 'react-dom/client';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';

interface AgendaVisit {
  id: string;
  doctorId: string;
  start: string;
  end: string;
  patient: { name: string; surname: string };
}

const dayMs = 86_400_000;
const query = new URLSearchParams(location.search);
const mode = query.get('view') ?? 'week';
const columns = Number(query.get('columns') ?? 1);

async function fetchAgenda(from: Date, to: Date) {
  const range = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  const response = await fetch(`/api/agenda?${range}`);
  return (await response.json()) as { doctors: { id: string }[]; visits: AgendaVisit[] };
}

async function loadEvents(info: { start: Date; end: Date }) {
  if (mode !== 'doctors') {
    const agenda = await fetchAgenda(info.start, info.end);
    return agenda.visits.map((visit) => ({
      id: visit.id,
      title: `${visit.patient.name} ${visit.patient.surname}`,
      start: visit.start,
      end: visit.end,
    }));
  }
  // The first "day" is the day shown; column i is doctor i (no DST change within the range).
  const agenda = await fetchAgenda(info.start, new Date(info.start.getTime() + dayMs));
  const column = new Map(agenda.doctors.map((doctor, index) => [doctor.id, index]));
  return agenda.visits.flatMap((visit) => {
    const index = column.get(visit.doctorId);
    if (index === undefined) return [];
    const shift = (at: string) => new Date(Date.parse(at) + index * dayMs);
    return [
      {
        id: visit.id,
        title: `${visit.patient.name} ${visit.patient.surname}`,
        start: shift(visit.start),
        end: shift(visit.end),
      },
    ];
  });
}

const views = {
  doctors: { type: 'timeGrid', duration: { days: columns }, dateIncrement: { days: 1 } },
};
const initialView = { week: 'timeGridWeek', month: 'dayGridMonth', doctors: 'doctors' }[mode];

createRoot(document.getElementById('root')!).render(
  <FullCalendar
    plugins={[timeGridPlugin, dayGridPlugin, classicThemePlugin]}
    initialView={initialView ?? 'timeGridWeek'}
    views={views}
    timeZone="Europe/Warsaw"
    firstDay={1}
    // Prev/next and the title, like our own toolbar: the bench clicks "next" on both pages.
    headerToolbar={{ start: 'prev,next', center: 'title', end: '' }}
    events={loadEvents}
    dayMaxEvents={mode === 'month' ? 4 : false}
    // Only so the bench can count the events on screen.
    eventClass="bench-event"
  />,
);
