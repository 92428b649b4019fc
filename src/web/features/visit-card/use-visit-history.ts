// The visit's history for the card, loaded when the card opens (and again when the visit
// changes live, so a move or cancellation shows up in the timeline too).
import { useEffect, useState } from 'react';
import type { VisitHistory } from '../../../shared/api/visit-history.ts';
import { toApiRequestError } from '../../lib/api-client.ts';

export type LoadVisitHistory = (visitId: string, signal?: AbortSignal) => Promise<VisitHistory>;

export type VisitHistoryState =
  | { status: 'loading' }
  | { status: 'ready'; history: VisitHistory }
  | { status: 'error'; message: string };

export function useVisitHistory(
  visitId: string,
  /** Changes when the visit does (e.g. its status), to read the history again. */
  revision: string,
  load: LoadVisitHistory | undefined,
): VisitHistoryState | null {
  const [state, setState] = useState<VisitHistoryState>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` only asks for a new read
  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    load(visitId, controller.signal).then(
      (history) => {
        if (!controller.signal.aborted) setState({ status: 'ready', history });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: toApiRequestError(error).message });
      },
    );
    return () => controller.abort();
  }, [visitId, revision, load]);
  return load ? state : null;
}
