// What the calendar draws, in three layers: a doctor's open hours behind (background events),
// breaks, and visits. Each layer is what the filters leave of it, and every event is kept per
// item, so a re-render rebuilds none and FullCalendar sees the same objects.
import type { EventInput } from '@fullcalendar/react';
import { useMemo } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { type CalendarView, visitMatches } from './agenda-filters.ts';
import type { BreakBlockData } from './BreakBlock.tsx';
import { isShownVisit, toCalendarEvent, toCalendarEvents } from './calendar-events.ts';
import { layoutOf } from './calendar-options.ts';
import { intoColumns } from './doctor-columns.tsx';
import { useAgenda } from './use-agenda.tsx';

/** Hours one address of a doctor is open for booking on Docplanner: the background layer. */
export interface OpenHoursBlock {
  id: string;
  doctorId: string;
  online: boolean;
  start: string;
  end: string;
}

export const noOpenHours: readonly OpenHoursBlock[] = [];
export const noBreaks: readonly BreakBlockData[] = [];
const noEvents: EventInput[] = [];

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

/** What the filters (doctor, address, online only) leave of the visits, open hours and breaks. */
export function useShownItems({
  visits,
  openHours,
  breaks,
  doctorId,
  view,
  weekLoaded,
  byDoctor,
  severalDoctors,
}: {
  visits: readonly Visit[] | undefined;
  openHours: readonly OpenHoursBlock[];
  breaks: readonly BreakBlockData[];
  doctorId: string | null;
  view: CalendarView;
  /** The period on screen has arrived: until then nothing older is drawn. */
  weekLoaded: boolean;
  /** The doctor columns are shown. */
  byDoctor: boolean;
  /** More than one doctor is shown. */
  severalDoctors: boolean;
}) {
  const addressesById = useAgenda((state) => state.addressesById);
  const address = useAgenda((state) => state.address);
  const onlineOnly = useAgenda((state) => state.onlineOnly);
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
  // The open hours the grid draws: none where several doctors share a column (their hours would
  // pile up into one meaningless tint). Hours not drawn do not widen the day either, so their
  // arrival does not make FullCalendar rebuild a busy week for nothing.
  const drawnOpenHours = !byDoctor && severalDoctors ? noOpenHours : shownOpenHours;
  return { shownVisits, drawnOpenHours, shownBreaks };
}

/**
 * The calendar's events, open hours first and visits last; in the doctor columns each moved into
 * its doctor's column.
 */
export function useCalendarEvents({
  weekLoaded,
  byDoctor,
  shownVisits,
  drawnOpenHours,
  shownBreaks,
  columns,
  shownDate,
  timeZone,
}: {
  weekLoaded: boolean;
  byDoctor: boolean;
  shownVisits: readonly Visit[];
  drawnOpenHours: readonly OpenHoursBlock[];
  shownBreaks: readonly BreakBlockData[];
  /** The doctor columns' index by doctor id. */
  columns: ReadonlyMap<string, number>;
  shownDate: string;
  timeZone: string;
}): EventInput[] {
  const backgroundEvents = useMemo((): EventInput[] => {
    if (!weekLoaded || drawnOpenHours.length === 0) return noEvents;
    if (!byDoctor) return drawnOpenHours.map(openHoursEvent);
    return intoColumns(drawnOpenHours, openHoursEvent, columns, shownDate, timeZone);
  }, [weekLoaded, byDoctor, drawnOpenHours, shownDate, columns, timeZone]);
  const visitEvents = useMemo((): EventInput[] => {
    if (!byDoctor) return toCalendarEvents(shownVisits);
    return intoColumns(shownVisits, toCalendarEvent, columns, shownDate, timeZone);
  }, [byDoctor, shownVisits, shownDate, columns, timeZone]);
  const breakEvents = useMemo((): EventInput[] => {
    if (!byDoctor) return shownBreaks.map(breakEvent);
    return intoColumns(shownBreaks, breakEvent, columns, shownDate, timeZone);
  }, [byDoctor, shownBreaks, shownDate, columns, timeZone]);
  return useMemo(
    () =>
      backgroundEvents.length === 0 && breakEvents.length === 0
        ? visitEvents
        : [...backgroundEvents, ...breakEvents, ...visitEvents],
    [backgroundEvents, breakEvents, visitEvents],
  );
}
