// Visits → FullCalendar events. The meaning (online, cancelled) travels as class names, the
// visit itself as an extended prop that `VisitBlock` renders.
import type { EventInput } from '@fullcalendar/react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';

export function visitClassName(visit: Visit): string {
  const names = ['visit', visit.online ? 'visit--online' : 'visit--in-person'];
  if (isCancelledVisit(visit)) names.push('visit--cancelled');
  return names.join(' ');
}

/** The calendar's own event colour, so every part FullCalendar paints agrees with our classes. */
function visitColor(visit: Visit): { color: string; contrastColor: string } {
  if (isCancelledVisit(visit)) return { color: 'var(--color-cancelled)', contrastColor: '#fff' };
  if (visit.online) return { color: 'var(--color-online)', contrastColor: '#fff' };
  return { color: 'var(--color-visit)', contrastColor: '#fff' };
}

// One event object per visit object: a live change replaces one visit, and every other event
// keeps its identity, so nothing else is rebuilt.
const eventOfVisit = new WeakMap<Visit, EventInput>();

export function toCalendarEvent(visit: Visit): EventInput {
  let event = eventOfVisit.get(visit);
  if (!event) {
    event = {
      id: visit.id,
      start: visit.start,
      end: visit.end,
      title: patientName(visit),
      className: visitClassName(visit),
      ...visitColor(visit),
      extendedProps: { visit },
    };
    eventOfVisit.set(visit, event);
  }
  return event;
}

export function toCalendarEvents(visits: readonly Visit[]): EventInput[] {
  return visits.map(toCalendarEvent);
}

/**
 * The visits the agenda draws: the old half of a move (`movedTo` set) is hidden — the new
 * booking arrives as its own visit.
 */
export function isShownVisit(visit: Visit): boolean {
  return visit.movedTo === null;
}

export interface SlotWindow {
  /** `HH:MM:SS` for `slotMinTime` / `slotMaxTime`. */
  min: string;
  max: string;
}

const workday = { min: 7, max: 20 };

function asDuration(hours: number): string {
  return `${String(hours).padStart(2, '0')}:00:00`;
}

/**
 * The hours the grid shows: a working day (07:00–20:00, or the `day` given), widened to the hour
 * so that no visit (or open hours) of the range falls outside it.
 */
export function slotWindowFor(
  visits: readonly { start: string; end: string }[],
  timeZone: string,
  day: { min: number; max: number } = workday,
): SlotWindow {
  let min = day.min;
  let max = day.max;
  for (const visit of visits) {
    const start = Temporal.Instant.from(visit.start).toZonedDateTimeISO(timeZone);
    const end = Temporal.Instant.from(visit.end).toZonedDateTimeISO(timeZone);
    min = Math.min(min, start.hour);
    const endsOnSameDay = Temporal.PlainDate.compare(start.toPlainDate(), end.toPlainDate()) === 0;
    const endHour = endsOnSameDay ? end.hour + (end.minute > 0 || end.second > 0 ? 1 : 0) : 24;
    max = Math.max(max, endHour);
  }
  return { min: asDuration(min), max: asDuration(max) };
}
