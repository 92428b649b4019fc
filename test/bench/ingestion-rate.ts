// "Durable ingestion rate": how many `slot-booked` notifications per second our webhook
// acknowledges — each one on disk (WAL, synchronous=FULL, group commit) before its 200 — and how
// long until all of them are processed into the agenda. The baseline is the same load against a
// bare node:http server that reads each body and answers 200 without storing anything: the
// ceiling of this machine's loopback HTTP with this load generator.
import { startProductionServer } from '../support/production-server.ts';
import { type BareHttpServer, startBareHttpServer } from './bare-http-server.ts';
import { currentWeek, slotBookedBody } from './booking-notifications.ts';
import { createLatencyHistogram, type LatencyHistogram } from './load-generator.ts';
import { type BenchRow, formatMs, formatPerSecond } from './table.ts';
import {
  type InboxState,
  pushModeEnv,
  pushNotifications,
  waitUntilProcessed,
} from './webhook-push.ts';

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
  // Two interleaved rounds of half the notifications each (bare, ours, bare, ours), so that
  // drift in machine load hits both servers alike.
  const half = Math.ceil(options.count / 2);
  const rounds = [bodies(900_000_000, half), bodies(910_000_000, options.count - half)];
  const ours = { latency: createLatencyHistogram(), ackMs: 0, processedMs: 0 };
  const bare = { latency: createLatencyHistogram(), ackMs: 0 };
  const push = (origin: string, payload: Buffer[], latency?: LatencyHistogram) =>
    pushNotifications({
      origin,
      count: payload.length,
      concurrency: options.concurrency,
      body: (index) => payload[index]!,
      maxDurationMs: 120_000,
      ...(latency ? { latency } : {}),
    });

  const server = await startProductionServer({ env: pushModeEnv });
  let bareServer: BareHttpServer | undefined;
  try {
    bareServer = await startBareHttpServer({ mode: 'sink' });
    await push(bareServer.url, warmupBodies);
    await push(server.url, warmupBodies);
    let expected = options.warmup;
    await waitUntilProcessed(server.dataDir, expected, 60_000);
    let inbox: InboxState | undefined;
    for (const round of rounds) {
      bare.ackMs += (await push(bareServer.url, round, bare.latency)).elapsedMs;
      const started = performance.now();
      ours.ackMs += (await push(server.url, round, ours.latency)).elapsedMs;
      expected += round.length;
      inbox = await waitUntilProcessed(server.dataDir, expected, 300_000);
      ours.processedMs += performance.now() - started;
    }
    const applied = inbox?.outcomes['applied slot-booked'] ?? 0;
    if (applied < expected) {
      throw new Error(
        `only ${applied} of ${expected} notifications were applied: ${JSON.stringify(inbox?.outcomes)}`,
      );
    }
    const oursRate = (options.count / ours.ackMs) * 1_000;
    const bareRate = (options.count / bare.ackMs) * 1_000;
    const p50p99 = (latency: LatencyHistogram) =>
      `${formatMs(latency.percentile(0.5))}/${formatMs(latency.percentile(0.99))}`;
    return {
      name: `Webhook: notifications durably acknowledged per second (${options.count.toLocaleString('en')}, ${options.concurrency} in flight)`,
      value: formatPerSecond(oursRate),
      baseline: formatPerSecond(bareRate),
      ratio: oursRate / bareRate,
      goal: '≥ 1,000/s on 2 cores',
      note:
        `baseline: bare node:http that stores nothing; every one 200; first POST → all processed ${formatMs(ours.processedMs)} ` +
        `(2 rounds summed: ${formatPerSecond((options.count / ours.processedMs) * 1_000)} end to end); ack p50/p99 ${p50p99(ours.latency)} ` +
        `(bare ${p50p99(bare.latency)}); SQLite WAL, synchronous=FULL, one commit per event-loop turn (group commit)`,
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${server.output()}`);
  } finally {
    await bareServer?.stop();
    await server.stop();
  }
}
