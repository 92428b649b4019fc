// "Agenda API under load": a server holding a week of N bookings (pushed through its webhook,
// into the sandbox clinic), served from its store (AGENDA_SYNC_MAX_AGE_S large, so only the first
// request syncs with Docplanner), and 50 clients each asking for that week as fast as they get
// answers. The baseline is a bare node:http server answering the very bytes our server sent
// (captured, gzip as a browser gets them) under the same load: what is left is our work per
// request — read, map, serialise, compress.
import { gunzipSync, inflateSync } from 'node:zlib';
import { startProductionServer } from '../support/production-server.ts';
import { signInApi } from '../support/staff-session.ts';
import { type BareHttpServer, startBareHttpServer } from './bare-http-server.ts';
import { bookingId, currentWeek, slotBookedBody } from './booking-notifications.ts';
import {
  createLatencyHistogram,
  getRaw,
  type LatencyHistogram,
  runLoad,
} from './load-generator.ts';
import { type BenchRow, formatBytes, formatMs, formatPerSecond } from './table.ts';
import { pushModeEnv, pushNotifications, waitUntilProcessed } from './webhook-push.ts';

export interface AgendaLoadOptions {
  /** Bookings in the week (BENCH_AGENDA_VISITS, default 2,000). */
  visits: number;
  /** Clients asking at once (BENCH_AGENDA_CLIENTS, default 50). */
  clients: number;
  /**
   * Measured seconds per server (BENCH_AGENDA_SECONDS, default 10), after 2 s of warm-up each,
   * in two interleaved halves (ours, bare, ours, bare) so that drift in machine load hits both.
   */
  seconds: number;
}

/** What a browser sends with its agenda request. */
let browserHeaders: Record<string, string> = {
  accept: 'application/json',
  'accept-encoding': 'gzip, deflate, br',
};

interface Totals {
  latency: LatencyHistogram;
  answered: number;
  failures: string[];
  elapsedMs: number;
}

export async function measureAgendaLoad(options: AgendaLoadOptions): Promise<BenchRow> {
  const week = currentWeek();
  const path = `/api/agenda?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}`;
  const series = {
    firstMonday: week.monday,
    perWeek: options.visits,
    idBase: 700_000_000,
    bookedAt: new Date().toISOString(),
  };
  const load = async (origin: string, seconds: number, totals?: Totals) => {
    const result = await runLoad({
      origin,
      concurrency: options.clients,
      maxRequests: 1_000_000,
      maxDurationMs: seconds * 1_000,
      request: () => ({ method: 'GET', path, headers: browserHeaders }),
      ...(totals ? { latency: totals.latency } : {}),
    });
    if (totals) {
      totals.answered += result.requests - result.failures;
      totals.elapsedMs += result.elapsedMs;
      totals.failures.push(...result.failureSamples);
    }
    if (result.failures > 0) {
      throw new Error(
        `${origin}: ${result.failures} of ${result.requests} agenda requests failed (${result.failureSamples.join('; ')})`,
      );
    }
  };
  const totals = (): Totals => ({
    latency: createLatencyHistogram(),
    answered: 0,
    failures: [],
    elapsedMs: 0,
  });

  const server = await startProductionServer({
    env: { ...pushModeEnv, AGENDA_SYNC_MAX_AGE_S: String(7 * 24 * 3600) },
  });
  let bareServer: BareHttpServer | undefined;
  try {
    // Reception's view: every doctor's visits.
    const session = await signInApi(server.url, 'reception');
    browserHeaders = { ...browserHeaders, cookie: session.cookie };
    // The first request syncs the week with the sandbox (its ~40 visits); later ones are served
    // from the store.
    const first = await getRaw(`${server.url}${path}`, {
      accept: 'application/json',
      cookie: session.cookie,
    });
    if (first.status !== 200) throw new Error(`GET ${path} answered ${first.status}`);
    await pushNotifications({
      origin: server.url,
      count: options.visits,
      concurrency: 32,
      body: (index) => Buffer.from(slotBookedBody(series, index)),
      maxDurationMs: 120_000,
    });
    await waitUntilProcessed(server.dataDir, options.visits, 120_000);

    const captured = await getRaw(`${server.url}${path}`, browserHeaders);
    if (captured.status !== 200) throw new Error(`GET ${path} answered ${captured.status}`);
    const agenda = JSON.parse(decoded(captured).toString('utf8')) as {
      visits: { id: string }[];
    };
    const ids = new Set(agenda.visits.map((visit) => visit.id));
    const ourIds = Array.from({ length: options.visits }, (_, index) => bookingId(series, index));
    const missing = ourIds.filter((id) => !ids.has(id)).length;
    if (missing > 0) {
      throw new Error(`the agenda lacks ${missing} of the ${options.visits} pushed bookings`);
    }

    const headers: Record<string, string> = { 'content-type': captured.headers['content-type']! };
    const encoding = captured.headers['content-encoding'];
    if (encoding) headers['content-encoding'] = encoding;
    bareServer = await startBareHttpServer({ mode: 'file', body: captured.body, headers });

    await load(server.url, 2);
    await load(bareServer.url, 2);
    const ours = totals();
    const bare = totals();
    for (let half = 0; half < 2; half += 1) {
      await load(server.url, options.seconds / 2, ours);
      await load(bareServer.url, options.seconds / 2, bare);
    }

    const p99 = ours.latency.percentile(0.99);
    const bareP99 = bare.latency.percentile(0.99);
    const quantiles = (result: Totals) =>
      [0.5, 0.95, 0.99].map((q) => formatMs(result.latency.percentile(q))).join('/');
    const rate = (result: Totals) => formatPerSecond(result.answered / (result.elapsedMs / 1_000));
    return {
      name: `GET /api/agenda p99, a week of ${options.visits.toLocaleString('en')} bookings, ${options.clients} clients`,
      value: formatMs(p99),
      baseline: formatMs(bareP99),
      ratio: p99 / bareP99,
      goal: '≤ 50 ms',
      note:
        `baseline: bare node:http sending our captured response; ${agenda.visits.length} visits, ` +
        `${formatBytes(captured.body.length)} ${encoding ?? 'uncompressed'}; p50/p95/p99 ours ${quantiles(ours)} at ${rate(ours)}, ` +
        `bare ${quantiles(bare)} at ${rate(bare)}; ${options.seconds} s each (interleaved halves) after 2 s warm-up`,
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${server.output()}`);
  } finally {
    await bareServer?.stop();
    await server.stop();
  }
}

function decoded(response: { headers: Record<string, string>; body: Buffer }): Buffer {
  switch (response.headers['content-encoding']) {
    case 'gzip':
      return gunzipSync(response.body);
    case 'deflate':
      return inflateSync(response.body);
    case undefined:
      return response.body;
    default:
      throw new Error(`unexpected content-encoding ${response.headers['content-encoding']}`);
  }
}
