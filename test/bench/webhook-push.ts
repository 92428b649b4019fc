// Docplanner's push, played by the bench: servers started in push mode with a fixed secret, the
// load generator POSTing notifications to their webhooks (split over them when there are
// several), and a read-only look into the inbox (the SQLite file or the PostgreSQL database) to
// tell when everything acknowledged has also been processed.
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
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
  /** Record latencies here (shared by rounds and origins); a new histogram by default. */
  latency?: LatencyHistogram;
}

/** POSTs `count` notifications; throws unless every one was answered 200. */
export async function pushNotifications(options: PushOptions): Promise<LoadResult> {
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
  // Counted from this run, not the histogram: others may record into it at the same time.
  const acknowledged = result.requests - result.failures;
  if (result.failures > 0 || acknowledged !== options.count) {
    throw new Error(
      `${options.origin}: ${acknowledged} of ${options.count} notifications acknowledged with 200 in ${Math.round(result.elapsedMs)} ms (${result.failures} failed: ${result.failureSamples.join('; ')})`,
    );
  }
  return result;
}

export interface SplitPushOptions {
  /** The instances' origins: the bodies are cut into as many contiguous parts, sent at once. */
  origins: string[];
  bodies: Buffer[];
  /** Requests in flight in all, shared out over the origins. */
  concurrency: number;
  maxDurationMs: number;
  latency?: LatencyHistogram;
}

/**
 * POSTs each origin its share of `bodies` (and of the concurrency), all at once; resolves with
 * the wall time from the first POST until the last answer. Throws unless every one was 200.
 */
export async function pushSplit(options: SplitPushOptions): Promise<{ elapsedMs: number }> {
  const parts = splitEvenly(options.bodies.length, options.origins.length);
  const inFlight = splitEvenly(options.concurrency, options.origins.length);
  const started = performance.now();
  await Promise.all(
    options.origins.map((origin, part) =>
      pushNotifications({
        origin,
        count: parts[part]!.count,
        concurrency: Math.max(1, inFlight[part]!.count),
        body: (index) => options.bodies[parts[part]!.offset + index]!,
        maxDurationMs: options.maxDurationMs,
        ...(options.latency ? { latency: options.latency } : {}),
      }),
    ),
  );
  return { elapsedMs: performance.now() - started };
}

/** `total` cut into `parts` contiguous shares that differ by at most one. */
export function splitEvenly(total: number, parts: number): { offset: number; count: number }[] {
  const shares: { offset: number; count: number }[] = [];
  let offset = 0;
  for (let part = 0; part < parts; part += 1) {
    const count = Math.floor(total / parts) + (part < total % parts ? 1 : 0);
    shares.push({ offset, count });
    offset += count;
  }
  return shares;
}

/** Where the inbox is: the SQLite file in a server's data folder, or a PostgreSQL database. */
export type InboxLocation = { sqliteDataDir: string } | { postgresUrl: string };

export interface InboxState {
  /** The highest inbox id: how many entries were ever written. */
  received: number;
  pending: number;
  /** How many entries ended with each outcome, e.g. `{ 'applied slot-booked': 5000 }`. */
  outcomes: Record<string, number>;
}

interface InboxReader {
  progress(): Promise<{ received: number; pending: number }>;
  outcomes(): Promise<{ outcome: string | null; n: number }[]>;
  close(): Promise<void>;
}

// Both cheap on either store: the primary key's last page and the partial index of pending
// entries (schema: src/server/store/migrations.ts, postgres-migrations.ts).
const progressQuery =
  'SELECT (SELECT coalesce(max(id), 0) FROM inbox) AS received, (SELECT count(*) FROM inbox WHERE processed_at IS NULL) AS pending';
const outcomesQuery = 'SELECT outcome, count(*) AS n FROM inbox GROUP BY outcome';

async function openInbox(location: InboxLocation): Promise<InboxReader> {
  if ('sqliteDataDir' in location) {
    const db = new DatabaseSync(join(location.sqliteDataDir, 'agenda.sqlite'), { readOnly: true });
    db.exec('PRAGMA busy_timeout = 2000');
    const progress = db.prepare(progressQuery);
    const outcomes = db.prepare(outcomesQuery);
    return {
      progress: async () => progress.get() as { received: number; pending: number },
      outcomes: async () => outcomes.all() as { outcome: string | null; n: number }[],
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({
    connectionString: location.postgresUrl,
    connectionTimeoutMillis: 5_000,
    options: '-c default_transaction_read_only=on',
  });
  await client.connect();
  // BIGINT and count(*) come back as text.
  return {
    progress: async () => {
      const row = (await client.query<{ received: string; pending: string }>(progressQuery))
        .rows[0]!;
      return { received: Number(row.received), pending: Number(row.pending) };
    },
    outcomes: async () =>
      (await client.query<{ outcome: string | null; n: string }>(outcomesQuery)).rows.map(
        (row) => ({ outcome: row.outcome, n: Number(row.n) }),
      ),
    close: () => client.end(),
  };
}

function describeInbox(location: InboxLocation): string {
  if ('sqliteDataDir' in location) return location.sqliteDataDir;
  const url = new URL(location.postgresUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/**
 * Polls the inbox over a read-only connection until at least `received` entries were written and
 * none is pending; then counts the outcomes.
 */
export async function waitUntilProcessed(
  location: InboxLocation,
  received: number,
  timeoutMs: number,
): Promise<InboxState> {
  const inbox = await openInbox(location);
  try {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const state = await inbox.progress();
      if (state.received >= received && state.pending === 0) {
        const outcomes: Record<string, number> = {};
        for (const row of await inbox.outcomes()) outcomes[row.outcome ?? 'pending'] = row.n;
        return { ...state, outcomes };
      }
      if (performance.now() > deadline) {
        throw new Error(
          `${describeInbox(location)}: ${state.pending} of ${state.received} notifications still unprocessed after ${timeoutMs} ms`,
        );
      }
      await new Promise((wake) => setTimeout(wake, 20));
    }
  } finally {
    await inbox.close();
  }
}
