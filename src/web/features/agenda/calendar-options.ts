// The calendar's fixed FullCalendar options: plugins, formats, per-view options, the clock.
// Options are module constants, not literals in the JSX: FullCalendar compares options by
// identity, and a new object on every render of the agenda would make it rebuild the grid.
// Names of days and months come from the active language (FullCalendar formats with its locale's
// code through Intl); the clock is 24-hour in every language the clinics use.
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { serverClock } from '../../lib/server-clock.ts';
import type { VisitBlockLayout } from './VisitBlock.tsx';

export const plugins = [timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin, classicTheme];

export const hourMinute = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
export const dayHeaderFormat = { weekday: 'short', day: 'numeric', month: 'short' } as const;
export const titleFormat = { day: 'numeric', month: 'long', year: 'numeric' } as const;
export const serverNow = () => new Date(serverClock.now());

export const viewOptions = {
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

/** How a view lays its blocks out: a time grid (day, week, doctor columns), a month, a list. */
export function layoutOf(viewType: string): VisitBlockLayout {
  if (viewType.startsWith('list')) return 'list';
  if (viewType.startsWith('dayGrid')) return 'month';
  return 'grid';
}
