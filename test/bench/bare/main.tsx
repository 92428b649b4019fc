// The bench's baseline: FullCalendar's week view with the same events as our agenda, fetched from
// the same `/api/agenda`, and nothing of ours — no custom content, no store, no schemas.
import FullCalendar from '@fullcalendar/react';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { createRoot } from 'react-dom/client';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';

interface AgendaVisit {
  id: string;
  start: string;
  end: string;
  patient: { name: string; surname: string };
}

async function loadEvents(info: { start: Date; end: Date }) {
  const query = new URLSearchParams({ from: info.start.toISOString(), to: info.end.toISOString() });
  const response = await fetch(`/api/agenda?${query}`);
  const agenda = (await response.json()) as { visits: AgendaVisit[] };
  return agenda.visits.map((visit) => ({
    id: visit.id,
    title: `${visit.patient.name} ${visit.patient.surname}`,
    start: visit.start,
    end: visit.end,
  }));
}

createRoot(document.getElementById('root')!).render(
  <FullCalendar
    plugins={[timeGridPlugin, classicThemePlugin]}
    initialView="timeGridWeek"
    timeZone="Europe/Warsaw"
    firstDay={1}
    // Prev/next and the title, like our own toolbar: the bench clicks "next" on both pages.
    headerToolbar={{ start: 'prev,next', center: 'title', end: '' }}
    events={loadEvents}
    // Only so the bench can count the events on screen.
    eventClass="bench-event"
  />,
);
