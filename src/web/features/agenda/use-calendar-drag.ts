// Dragging coming visits and breaks in the day and week grids (and the doctor columns, where a
// block stays in its doctor's column). A visit goes only onto a free start when the free starts
// are known (read as the drag begins); a break onto any coming time. Docplanner has the last
// word: a move it refuses puts the block back.
import type { DateSpanApi, EventApi, EventDragStartInfo, EventDropInfo } from '@fullcalendar/react';
import { useCallback, useRef } from 'react';
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { serverClock } from '../../lib/server-clock.ts';
import type { BreakBlockData } from './BreakBlock.tsx';
import { dropInColumns } from './doctor-columns.tsx';

/** Dragging visits to a new time; composed in by the app (the visit actions feature). */
export interface VisitMoves {
  /** The starts (epoch ms) the visit may move to; read when a drag begins. */
  freeStarts: (visit: Visit) => Promise<ReadonlySet<number>>;
  /** Moves the visit; false when Docplanner refused (the block goes back). */
  move: (visit: Visit, start: string) => Promise<boolean>;
}

/** Dragging breaks; composed in by the app (the breaks feature). */
export interface BreakMoves {
  /** Moves the break to [start, end); false when Docplanner refused (the block goes back). */
  move: (pause: BreakBlockData, start: string, end: string) => Promise<boolean>;
}

/** FullCalendar's drag handlers for the visits and breaks of the grid. */
export function useCalendarDrag({
  visitMoves,
  breakMoves,
  byDoctor,
  doctors,
  shownDate,
  timeZone,
}: {
  visitMoves: VisitMoves | undefined;
  breakMoves: BreakMoves | undefined;
  /** The doctor columns are shown. */
  byDoctor: boolean;
  doctors: readonly AgendaDoctor[] | undefined;
  shownDate: string;
  timeZone: string;
}) {
  /** Where a drop in the grid puts the visit, as an instant; null where it may not go. */
  const dropStart = useCallback(
    (at: Date, item: { doctorId: string }): string | null => {
      if (!byDoctor) return at.toISOString();
      return dropInColumns(at, item.doctorId, doctors, shownDate, timeZone);
    },
    [byDoctor, doctors, shownDate, timeZone],
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
        const start = at && breakMoves ? dropStart(at, pause) : null;
        if (!breakMoves || start === null) {
          info.revert();
          return;
        }
        const end = new Date(
          Date.parse(start) + Date.parse(pause.end) - Date.parse(pause.start),
        ).toISOString();
        void breakMoves.move(pause, start, end).then((moved) => {
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
    [visitMoves, breakMoves, dropStart],
  );
  return { onDragStart, allowDrop, onDrop };
}
