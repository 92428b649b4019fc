// What the search box shows for what is typed: nothing yet, a hint that it is too short, the
// search on its way, what was found, or why it failed. Typing waits a moment before asking (a
// name is typed in one go), and an answer to an older text never replaces a newer one.
import { useEffect, useState } from 'react';
import type { PatientSearch } from '../../../shared/api/patient-search.ts';
import { maxQueryTerms, queryProblem, queryTerms } from '../../../shared/domain/patient-terms.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import type { MessageId } from '../../lib/i18n/messages.ts';
import type { SearchPatients } from './patient-search-api.ts';

export type PatientSearchState =
  | { kind: 'idle' }
  | { kind: 'too-short'; hint: MessageId }
  | { kind: 'searching'; query: string; previous: PatientSearch | null }
  | { kind: 'found'; result: PatientSearch }
  | { kind: 'failed'; query: string; message: string };

/**
 * What the text lacks before it can be searched for (the shared rule, `queryProblem`, decides;
 * its English sentence is not shown), or null when it can be.
 */
export function searchHint(query: string): MessageId | null {
  if (!queryProblem(query)) return null;
  return queryTerms(query).length > maxQueryTerms
    ? 'patient-search.hint.tooManyWords'
    : 'patient-search.hint.tooShort';
}

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
    const hint = searchHint(query);
    if (hint) {
      setState({ kind: 'too-short', hint });
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
          setState({ kind: 'failed', query, message: reasonOf(error) });
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
