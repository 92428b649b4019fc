// Moving visits by dragging them in the grid: the free starts read as a drag begins, the move made
// optimistically like the dialog's, and why Docplanner refused kept for the page to show.
import { useCallback, useMemo, useState } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { type ApplyVisit, failureText, performVisitAction } from './perform-visit-action.ts';
import { fetchFreeSlots } from './visit-actions-api.ts';

/** How far ahead the free starts of a dragged visit are read. */
const daysAhead = 14;

export interface DragMoves {
  moves: {
    freeStarts: (visit: Visit) => Promise<ReadonlySet<number>>;
    move: (visit: Visit, start: string) => Promise<boolean>;
  };
  /** Why the last drag did not move the visit, in words. */
  failure: string | null;
  dismiss: () => void;
}

export function useDragMoves(applyVisit: ApplyVisit): DragMoves {
  const [failure, setFailure] = useState<string | null>(null);
  const dismiss = useCallback(() => setFailure(null), []);
  const moves = useMemo(
    () => ({
      freeStarts: async (visit: Visit) => {
        const { slots } = await fetchFreeSlots(visit.id, daysAhead);
        const serviceId = visit.service?.id;
        return new Set(
          slots
            .filter((slot) => !serviceId || slot.serviceIds.includes(serviceId))
            .map((slot) => Date.parse(slot.start)),
        );
      },
      move: async (visit: Visit, start: string) => {
        const request = { action: 'move', body: { start } } as const;
        setFailure(null);
        try {
          await performVisitAction(visit, request, applyVisit);
          return true;
        } catch (error) {
          setFailure(failureText(request, reasonOf(error)));
          return false;
        }
      },
    }),
    [applyVisit],
  );
  return { moves, failure, dismiss };
}
