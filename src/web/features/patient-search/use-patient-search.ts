// What the search box shows for what is typed: nothing yet, a hint that it is too short, the
// search on its way, what was found, or why it failed. Typing waits a moment before asking (a
// name is typed in one go), and an answer to an older text never replaces a newer one.
import { useEffect, useState } from 'react';
import type { PatientSearch } from '../../../shared/api/patient-search.ts';
import { queryProblem } from '../../../shared/domain/patient-terms.ts';
import { toApiRequestError } from '../../lib/api-client.ts';
import type { SearchPatients } from './patient-search-api.ts';

export type PatientSearchState =
  | { kind: 'idle' }
  | { kind: 'too-short'; message: string }
  | { kind: 'searching'; query: string; previous: PatientSearch | null }
  | { kind: 'found'; result: PatientSearch }
  | { kind: 'failed'; query: string; message: string };

/** How long typing must pause before the search is sent. */
export const searchPauseMs = 250;

export function usePatientSearch(
  text: string,
  search: SearchPatients,
  pauseMs = searchPauseMs,
): { state: PatientSearchState; retry: () => void } {
  const [state, setState] = useState<PatientSearchState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const query = text.trim();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again (Retry)
  useEffect(() => {
    if (query === '') {
      setState({ kind: 'idle' });
      return;
    }
    const problem = queryProblem(query);
    if (problem) {
      setState({ kind: 'too-short', message: problem });
      return;
    }
    setState((current) => ({
      kind: 'searching',
      query,
      previous:
        current.kind === 'found'
          ? current.result
          : current.kind === 'searching'
            ? current.previous
            : null,
    }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setState({ kind: 'found', result });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ kind: 'failed', query, message: toApiRequestError(error).message });
        },
      );
    }, pauseMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, search, pauseMs, attempt]);

  return { state, retry: () => setAttempt((count) => count + 1) };
}
