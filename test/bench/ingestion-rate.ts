// "Durable ingestion rate": how many `slot-booked` notifications per second our webhook
// acknowledges — each one on disk (WAL, synchronous=FULL, group commit) before its 200 — and how
// long until all of them are processed into the agenda. The baseline is the same load against a
// bare node:http server that reads each body and answers 200 without storing anything: the
// ceiling of this machine's loopback HTTP with this load generator.
import { startProductionServer } from '../support/production-server.ts';
import { startBareHttpServer } from './bare-http-server.ts';
import { currentWeek, slotBookedBody } from './booking-notifications.ts';
import type { LoadResult } from './load-generator.ts';
import { type BenchRow, formatMs, formatPerSecond } from './table.ts';
import { pushModeEnv, pushNotifications, waitUntilProcessed } from './webhook-push.ts';

export interface IngestionOptions {
  /** Notifications measured (BENCH_INGEST_NOTIFICATIONS, default 5,000). */
  count: number;
  /** Requests in flight at once (BENCH_INGEST_CONCURRENCY, default 48). */
  concurrency: number;
  /** Notifications sent first to warm up each server, not measured. */
  warmup: number;
}

export async function measureIngestionRate(options: IngestionOptions): Promise<BenchRow> {
  const bookedAt = new Date().toISOString();
  const { monday } = currentWeek();
  const bodies = (idBase: number, count: number) => {
    const series = { firstMonday: monday, perWeek: count, idBase, bookedAt };
    return Array.from({ length: count }, (_, index) => Buffer.from(slotBookedBody(series, index)));
  };
  const warmupBodies = bodies(800_000_000, options.warmup);
  const measuredBodies = bodies(900_000_000, options.count);
  const push = (origin: string, payload: Buffer[]) =>
    pushNotifications({
      origin,
      count: payload.length,
      concurrency: options.concurrency,
      body: (index) => payload[index]!,
      maxDurationMs: 120_000,
    });

  let bare: LoadResult;
  const bareServer = await startBareHttpServer({ mode: 'sink' });
  try {
    await push(bareServer.url, warmupBodies);
    bare = await push(bareServer.url, measuredBodies);
  } finally {
    await bareServer.stop();
  }

  const server = await startProductionServer({ env: pushModeEnv });
  try {
    await push(server.url, warmupBodies);
    await waitUntilProcessed(server.dataDir, options.warmup, 60_000);
    const started = performance.now();
    const ours = await push(server.url, measuredBodies);
    const inbox = await waitUntilProcessed(server.dataDir, options.warmup + options.count, 300_000);
    const processedMs = performance.now() - started;
    const applied = inbox.outcomes['applied slot-booked'] ?? 0;
    if (applied < options.warmup + options.count) {
      throw new Error(
        `only ${applied} of ${options.warmup + options.count} notifications were applied: ${JSON.stringify(inbox.outcomes)}`,
      );
    }
    return {
      name: `Webhook: notifications durably acknowledged per second (${options.count.toLocaleString('en')}, ${options.concurrency} in flight)`,
      value: formatPerSecond(ours.perSecond),
      baseline: formatPerSecond(bare.perSecond),
      ratio: ours.perSecond / bare.perSecond,
      goal: '≥ 1,000/s on 2 cores',
      note:
        `baseline: bare node:http that stores nothing; all 200; all processed ${formatMs(processedMs)} after the first POST ` +
        `(${formatPerSecond((options.count / processedMs) * 1_000)} end to end); ack p50/p99 ${formatMs(ours.latency.percentile(0.5))}/${formatMs(ours.latency.percentile(0.99))} ` +
        `(bare ${formatMs(bare.latency.percentile(0.5))}/${formatMs(bare.latency.percentile(0.99))}); ` +
        'SQLite WAL, synchronous=FULL, one commit per event-loop turn (group commit)',
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${server.output()}`);
  } finally {
    await server.stop();
  }
}
