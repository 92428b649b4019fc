// Visits → FullCalendar events. The meaning (online, cancelled) travels as class names, the
// visit itself as an extended prop that `VisitBlock` renders.
import type { EventInput } from '@fullcalendar/react';
import type { Visit } from '../../../shared/api/visit.ts';
import { wallClockOf } from '../../lib/facility-time.ts';
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
      // A cancelled visit stays where it was; others are dragged where the calendar allows.
      ...(isCancelledVisit(visit) ? { startEditable: false } : {}),
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
const hourMs = 3_600_000;

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
    const start = wallClockOf(Date.parse(visit.start), timeZone);
    const end = wallClockOf(Date.parse(visit.end), timeZone);
    min = Math.min(min, Math.floor(start.msOfDay / hourMs));
    const endHour = end.day === start.day ? Math.ceil(end.msOfDay / hourMs) : 24;
    max = Math.max(max, endHour);
  }
  return { min: asDuration(min), max: asDuration(max) };
}
