// Docplanner's push, played by the bench: a server started in push mode with a fixed secret, the
// load generator POSTing notifications to its webhook, and a read-only look into its inbox to
// tell when everything acknowledged has also been processed.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type LatencyHistogram, type LoadResult, runLoad } from './load-generator.ts';

const webhookSecret = 'bench-webhook-secret-2026';
export const webhookPath = `/webhooks/docplanner/${webhookSecret}`;

/** Environment for a server that takes Docplanner's push at `webhookPath`. */
export const pushModeEnv = { NOTIFICATIONS_MODE: 'push', WEBHOOK_SECRET: webhookSecret };

export interface PushOptions {
  origin: string;
  count: number;
  concurrency: number;
  body: (index: number) => Buffer;
  maxDurationMs: number;
  path?: string;
  /** Record latencies here (shared by rounds); a new histogram by default. */
  latency?: LatencyHistogram;
}

/** POSTs `count` notifications; throws unless every one was answered 200. */
export async function pushNotifications(options: PushOptions): Promise<LoadResult> {
  const before = options.latency?.count() ?? 0;
  const result = await runLoad({
    ...(options.latency ? { latency: options.latency } : {}),
    origin: options.origin,
    concurrency: options.concurrency,
    maxRequests: options.count,
    maxDurationMs: options.maxDurationMs,
    request: (index) => ({
      method: 'POST',
      path: options.path ?? webhookPath,
      headers: { 'content-type': 'application/json' },
      body: options.body(index),
    }),
  });
  if (result.failures > 0 || result.latency.count() - before !== options.count) {
    throw new Error(
      `${options.origin}: ${result.latency.count() - before} of ${options.count} notifications acknowledged with 200 in ${Math.round(result.elapsedMs)} ms (${result.failures} failed: ${result.failureSamples.join('; ')})`,
    );
  }
  return result;
}

export interface InboxState {
  /** The highest inbox id: how many entries were ever written. */
  received: number;
  pending: number;
  /** How many entries ended with each outcome, e.g. `{ 'applied slot-booked': 5000 }`. */
  outcomes: Record<string, number>;
}

/**
 * Polls the server's inbox (schema: src/server/store/migrations.ts) over a read-only connection
 * until at least `received` entries were written and none is pending; then counts the outcomes.
 */
export async function waitUntilProcessed(
  dataDir: string,
  received: number,
  timeoutMs: number,
): Promise<InboxState> {
  const db = new DatabaseSync(join(dataDir, 'agenda.sqlite'), { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 2000');
    // Both cheap: the rowid's last page and the partial index of pending entries.
    const progress = db.prepare(
      'SELECT (SELECT coalesce(max(id), 0) FROM inbox) AS received, (SELECT count(*) FROM inbox WHERE processed_at IS NULL) AS pending',
    );
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const state = progress.get() as { received: number; pending: number };
      if (state.received >= received && state.pending === 0) {
        const outcomes: Record<string, number> = {};
        const rows = db
          .prepare('SELECT outcome, count(*) AS n FROM inbox GROUP BY outcome')
          .all() as { outcome: string | null; n: number }[];
        for (const row of rows) outcomes[row.outcome ?? 'pending'] = row.n;
        return { ...state, outcomes };
      }
      if (performance.now() > deadline) {
        throw new Error(
          `${dataDir}: ${state.pending} of ${state.received} notifications still unprocessed after ${timeoutMs} ms`,
        );
      }
      await new Promise((wake) => setTimeout(wake, 20));
    }
  } finally {
    db.close();
  }
}
