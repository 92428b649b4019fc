// "Durable ingestion rate": how many `slot-booked` notifications per second our webhook
// acknowledges — each one on disk (SQLite: WAL, synchronous=FULL; PostgreSQL: committed; group
// commit either way) before its 200 — and how long until all of them are processed into the
// agenda. On PostgreSQL two instances share the database and each takes half the notifications
// at the same time. The baseline is the same load against a bare node:http server that reads each
// body and answers 200 without storing anything: the ceiling of this machine's loopback HTTP with
// this load generator, the same for both stores so that their ratios compare.

import { type BareHttpServer, startBareHttpServer } from './bare-http-server.ts';
import { type BenchStore, startBenchServers } from './bench-servers.ts';
import { currentWeek, slotBookedBody } from './booking-notifications.ts';
import { createLatencyHistogram, type LatencyHistogram } from './load-generator.ts';
import { type BenchRow, formatMs, formatPerSecond } from './table.ts';
import { type InboxState, pushModeEnv, pushSplit, waitUntilProcessed } from './webhook-push.ts';

export interface IngestionOptions {
  /** Notifications measured (BENCH_INGEST_NOTIFICATIONS, default 5,000). */
  count: number;
  /** Requests in flight at once, in all (BENCH_INGEST_CONCURRENCY, default 48). */
  concurrency: number;
  /** Notifications sent first to warm up each server, not measured. */
  warmup: number;
}

/** The row, with its figures for another row to compare with. */
export interface IngestionRow extends BenchRow {
  acksPerSecond: number;
  processedMs: number;
}

/**
 * On `sqlite` one server takes every notification; on `postgres` two instances on one database
 * take half each, at the same time (half the concurrency each). `compareWith`: the SQLite row of
 * the same run, quoted in the note.
 */
export async function measureIngestionRate(
  options: IngestionOptions,
  store: BenchStore = 'sqlite',
  compareWith?: IngestionRow,
): Promise<IngestionRow> {
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
  const push = (origins: string[], payload: Buffer[], latency?: LatencyHistogram) =>
    pushSplit({
      origins,
      bodies: payload,
      concurrency: options.concurrency,
      maxDurationMs: 120_000,
      ...(latency ? { latency } : {}),
    });

  const servers = await startBenchServers(store, pushModeEnv);
  let bareServer: BareHttpServer | undefined;
  try {
    bareServer = await startBareHttpServer({ mode: 'sink' });
    await push([bareServer.url], warmupBodies);
    await push(servers.urls, warmupBodies);
    let expected = options.warmup;
    await waitUntilProcessed(servers.inbox, expected, 60_000);
    let inbox: InboxState | undefined;
    for (const round of rounds) {
      bare.ackMs += (await push([bareServer.url], round, bare.latency)).elapsedMs;
      const started = performance.now();
      ours.ackMs += (await push(servers.urls, round, ours.latency)).elapsedMs;
      expected += round.length;
      inbox = await waitUntilProcessed(servers.inbox, expected, 300_000);
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
    const count = options.count.toLocaleString('en');
    const split =
      servers.urls.length > 1
        ? `; half to A, half to B at once (${Math.ceil(options.concurrency / servers.urls.length)} in flight each), applied once under the advisory lock`
        : '';
    const versus = compareWith
      ? `; SQLite one instance in this run ${formatPerSecond(compareWith.acksPerSecond)} (${(oursRate / compareWith.acksPerSecond).toFixed(2)}× of it), all processed ${formatMs(compareWith.processedMs)}`
      : '';
    return {
      name:
        store === 'sqlite'
          ? `Webhook: notifications durably acknowledged per second (${count}, ${options.concurrency} in flight)`
          : `Webhook, ${servers.label}: notifications durably acknowledged per second (${count}, ${options.concurrency} in flight)`,
      value: formatPerSecond(oursRate),
      baseline: formatPerSecond(bareRate),
      ratio: oursRate / bareRate,
      goal: '≥ 1,000/s on 2 cores',
      note:
        `baseline: bare node:http that stores nothing; every one 200; first POST → all processed ${formatMs(ours.processedMs)} ` +
        `(2 rounds summed: ${formatPerSecond((options.count / ours.processedMs) * 1_000)} end to end); ack p50/p99 ${p50p99(ours.latency)} ` +
        `(bare ${p50p99(bare.latency)}); ${servers.durability}, one commit per event-loop turn (group commit)${split}${versus}`,
      acksPerSecond: oursRate,
      processedMs: ours.processedMs,
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${servers.output()}`);
  } finally {
    await bareServer?.stop();
    await servers.stop();
  }
}
