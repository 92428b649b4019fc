// "Live fan-out across instances": two instances on one PostgreSQL database; a live stream open
// on B (reception signed in), and one `slot-booked` notification at a time POSTed to A's webhook;
// from A's 200 until B's stream carries that booking. It crosses A's commit, PostgreSQL's NOTIFY,
// B's LISTEN and B's read of the change log. Baseline: the same on one SQLite server, stream and
// webhook on the same instance (no database in between): what is left is the cost of the relay.
import { type LiveStream, openLiveStream } from '../support/live-stream.ts';
import { signInApi } from '../support/staff-session.ts';
import { type BenchServers, startBenchServers } from './bench-servers.ts';
import {
  type BookingSeries,
  bookingId,
  currentWeek,
  slotBookedBody,
} from './booking-notifications.ts';
import { percentile } from './live-latency.ts';
import { type BenchRow, formatMs } from './table.ts';
import { pushModeEnv, webhookPath } from './webhook-push.ts';

export interface FanoutOptions {
  /** Measured changes (BENCH_FANOUT_EVENTS, default 200). */
  events: number;
  /** Changes sent first, not measured: connections and code paths warmed up. */
  warmup: number;
}

/** From the webhook's 200 on the first server until the stream on the last carries it, in ms. */
async function fanoutLatencies(
  servers: BenchServers,
  options: FanoutOptions,
  idBase: number,
): Promise<number[]> {
  const pushTo = servers.urls[0] as string;
  const watchOn = servers.urls.at(-1) as string;
  const session = await signInApi(watchOn, 'reception');
  const stream: LiveStream = await openLiveStream(watchOn, { cookie: session.cookie });
  try {
    const series: BookingSeries = {
      firstMonday: currentWeek().monday,
      perWeek: options.warmup + options.events,
      idBase,
      bookedAt: new Date().toISOString(),
    };
    const latencies: number[] = [];
    for (let index = 0; index < options.warmup + options.events; index += 1) {
      const response = await fetch(`${pushTo}${webhookPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: slotBookedBody(series, index),
      });
      const acceptedAt = performance.now();
      await response.arrayBuffer();
      if (response.status !== 200) {
        throw new Error(`webhook answered ${response.status}\n${servers.output().slice(-2000)}`);
      }
      const seen = await stream.visitOf(bookingId(series, index), 10_000);
      if (index >= options.warmup) latencies.push(seen.at - acceptedAt);
    }
    return latencies;
  } finally {
    stream.close();
  }
}

export async function measureLiveFanout(options: FanoutOptions): Promise<BenchRow> {
  const measure = async (store: 'sqlite' | 'postgres', idBase: number) => {
    const servers = await startBenchServers(store, pushModeEnv);
    try {
      return { latencies: await fanoutLatencies(servers, options, idBase), servers };
    } finally {
      await servers.stop();
    }
  };
  const same = await measure('sqlite', 960_000_000);
  const across = await measure('postgres', 970_000_000);
  const ours = { p50: percentile(across.latencies, 0.5), p95: percentile(across.latencies, 0.95) };
  const bare = { p50: percentile(same.latencies, 0.5), p95: percentile(same.latencies, 0.95) };
  return {
    name: `Live fan-out: change on A → B's live stream, PostgreSQL, two instances, p50 / p95 of ${options.events}`,
    value: `${formatMs(ours.p50)} / ${formatMs(ours.p95)}`,
    baseline: `${formatMs(bare.p50)} / ${formatMs(bare.p95)}`,
    ratio: ours.p95 / bare.p95,
    goal: 'p95 ≤ 100 ms',
    note: `ratio of p95s; baseline: webhook and stream on one SQLite server (no relay); sequential slot-booked pushes to A, stream on B (reception): A's commit → NOTIFY → B's LISTEN → B reads the change log; max ${formatMs(Math.max(...across.latencies))} (baseline ${formatMs(Math.max(...same.latencies))}); ${across.servers.durability}`,
  };
}
