// The first week's agenda, asked for the moment the page starts, so the busiest screen's data is
// on its way before React has drawn anything (the server's page preloads that very address, so
// the request takes the answer the browser is already receiving). The agenda store's first load
// of that same range takes this answer.
import type { Agenda } from '../../shared/api/agenda.ts';
import { type FetchAgendaOptions, fetchAgenda } from './api-client.ts';
import type { InstantRange } from './facility-time.ts';

interface EarlyAgenda {
  key: string;
  startedAt: number;
  agenda: Promise<Agenda>;
}

/** An early answer older than this is not used: the page asks again. */
const usableForMs = 15_000;

let early: EarlyAgenda | null = null;

function keyOf(range: InstantRange): string {
  return `${Date.parse(range.from)} ${Date.parse(range.to)}`;
}

/** Starts loading `range` now; signed out, the request fails quietly and is never used. */
export function startAgendaEarly(range: InstantRange): void {
  const agenda = fetchAgenda(range);
  // Nobody may ever take it (the sign-in page comes first): no unhandled rejection.
  agenda.catch(() => undefined);
  early = { key: keyOf(range), startedAt: Date.now(), agenda };
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/**
 * `fetchAgenda`, except that the first request for the range started early takes that answer
 * (once). If the early request failed, it asks again, so a failure is never served from here.
 */
export function fetchAgendaTakingEarly(
  range: InstantRange,
  signal?: AbortSignal,
  options: FetchAgendaOptions = {},
): Promise<Agenda> {
  const taken = early;
  early = null;
  if (
    !taken ||
    options.refresh ||
    taken.key !== keyOf(range) ||
    Date.now() - taken.startedAt > usableForMs
  ) {
    return fetchAgenda(range, signal, options);
  }
  const answer = taken.agenda.catch(() => fetchAgenda(range, signal, options));
  if (!signal) return answer;
  return new Promise<Agenda>((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    signal.addEventListener('abort', () => reject(abortError()), { once: true });
    answer.then(resolve, reject);
  });
}
