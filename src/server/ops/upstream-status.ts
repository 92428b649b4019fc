// How Docplanner has been answering, from every request the BFF sent: the health report says
// "upstream degraded" after a few failures in a row, and the metrics count each outcome.

export type UpstreamOutcome = 'ok' | 'client_error' | 'server_error' | 'network_error';

export interface UpstreamState {
  ok: boolean;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastFailure: { at: string; reason: string } | null;
}

/** Failures in a row before the upstream counts as degraded (one lost packet is not an outage). */
const degradedAfter = 3;

export function createUpstreamStatus(
  options: { now?: () => number; onOutcome?: (outcome: UpstreamOutcome) => void } = {},
) {
  const now = options.now ?? Date.now;
  let consecutiveFailures = 0;
  let lastSuccessMs: number | null = null;
  let lastFailure: { atMs: number; reason: string } | null = null;

  function record(outcome: UpstreamOutcome, reason: string) {
    options.onOutcome?.(outcome);
    // A 4xx is Docplanner answering (a refusal, a missing booking): it is up.
    if (outcome === 'ok' || outcome === 'client_error') {
      consecutiveFailures = 0;
      lastSuccessMs = now();
    } else {
      consecutiveFailures++;
      lastFailure = { atMs: now(), reason };
    }
  }

  return {
    /** A fetch for ky that records how each request ended. */
    observedFetch(inner: typeof fetch = fetch): typeof fetch {
      return async (input, init) => {
        try {
          const response = await inner(input, init);
          const status = response.status;
          record(
            status >= 500 ? 'server_error' : status >= 400 ? 'client_error' : 'ok',
            `HTTP ${status}`,
          );
          return response;
        } catch (error) {
          // ky aborts a request that outlives its timeout.
          const name = error instanceof Error ? error.name : 'Error';
          const reason = name === 'AbortError' ? 'no answer in time' : `no answer (${name})`;
          record('network_error', reason);
          throw error;
        }
      };
    },
    current(): UpstreamState {
      return {
        ok: consecutiveFailures < degradedAfter,
        consecutiveFailures,
        lastSuccessAt: lastSuccessMs === null ? null : new Date(lastSuccessMs).toISOString(),
        lastFailure:
          lastFailure === null
            ? null
            : { at: new Date(lastFailure.atMs).toISOString(), reason: lastFailure.reason },
      };
    },
  };
}
export type UpstreamStatus = ReturnType<typeof createUpstreamStatus>;
