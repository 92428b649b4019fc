// "Agenda API under load": a server holding a week of N bookings (pushed through its webhook,
// into the sandbox clinic), served from its store (AGENDA_SYNC_MAX_AGE_S large, so only the first
// request syncs with Docplanner), and 50 clients each asking for that week as fast as they get
// answers. On PostgreSQL two instances share the database and each gets half the clients (and
// half the pushes). The baseline is a bare node:http server answering the very bytes our server
// sent (captured, gzip as a browser gets them) under the same load, all clients on it: what is
// left is our work per request — read, map, serialise, compress.
import { gunzipSync, inflateSync } from 'node:zlib';
import { signInApi } from '../support/staff-session.ts';
import { type BareHttpServer, startBareHttpServer } from './bare-http-server.ts';
import { type BenchStore, startBenchServers } from './bench-servers.ts';
import { bookingId, currentWeek, slotBookedBody } from './booking-notifications.ts';
import {
  createLatencyHistogram,
  getRaw,
  type LatencyHistogram,
  type RawResponse,
  runLoad,
} from './load-generator.ts';
import { type BenchRow, formatBytes, formatMs, formatPerSecond } from './table.ts';
import { pushModeEnv, pushSplit, splitEvenly, waitUntilProcessed } from './webhook-push.ts';

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

/** The row, with its figures for another row to compare with. */
export interface AgendaLoadRow extends BenchRow {
  p99Ms: number;
  perSecond: number;
}

/**
 * On `sqlite` one server takes all clients; on `postgres` two instances on one database take half
 * each, at the same time. `compareWith`: the SQLite row of the same run, quoted in the note.
 */
export async function measureAgendaLoad(
  options: AgendaLoadOptions,
  store: BenchStore = 'sqlite',
  compareWith?: AgendaLoadRow,
): Promise<AgendaLoadRow> {
  const week = currentWeek();
  const path = `/api/agenda?from=${encodeURIComponent(week.from)}&to=${encodeURIComponent(week.to)}`;
  const series = {
    firstMonday: week.monday,
    perWeek: options.visits,
    idBase: 700_000_000,
    bookedAt: new Date().toISOString(),
  };
  /** The clients shared out over `origins`, all at once; elapsed is the wall time. */
  const load = async (origins: string[], seconds: number, totals?: Totals) => {
    const clients = splitEvenly(options.clients, origins.length);
    const started = performance.now();
    const results = await Promise.all(
      origins.map((origin, index) =>
        runLoad({
          origin,
          concurrency: Math.max(1, clients[index]!.count),
          maxRequests: 1_000_000,
          maxDurationMs: seconds * 1_000,
          request: () => ({ method: 'GET', path, headers: browserHeaders }),
          ...(totals ? { latency: totals.latency } : {}),
        }),
      ),
    );
    const elapsedMs = performance.now() - started;
    results.forEach((result, index) => {
      if (totals) {
        totals.answered += result.requests - result.failures;
        totals.failures.push(...result.failureSamples);
      }
      if (result.failures > 0) {
        throw new Error(
          `${origins[index]}: ${result.failures} of ${result.requests} agenda requests failed (${result.failureSamples.join('; ')})`,
        );
      }
    });
    if (totals) totals.elapsedMs += elapsedMs;
  };
  const totals = (): Totals => ({
    latency: createLatencyHistogram(),
    answered: 0,
    failures: [],
    elapsedMs: 0,
  });

  const servers = await startBenchServers(store, {
    ...pushModeEnv,
    AGENDA_SYNC_MAX_AGE_S: String(7 * 24 * 3600),
  });
  let bareServer: BareHttpServer | undefined;
  try {
    // Reception's view: every doctor's visits. Sessions are rows: signed in on A, on B too.
    const session = await signInApi(servers.urls[0]!, 'reception');
    browserHeaders = { ...browserHeaders, cookie: session.cookie };
    // The first request on each instance syncs the week with the sandbox (its ~40 visits); later
    // ones are served from the store.
    for (const url of servers.urls) {
      const first = await getRaw(`${url}${path}`, {
        accept: 'application/json',
        cookie: session.cookie,
      });
      if (first.status !== 200) throw new Error(`GET ${url}${path} answered ${first.status}`);
    }
    await pushSplit({
      origins: servers.urls,
      bodies: Array.from({ length: options.visits }, (_, index) =>
        Buffer.from(slotBookedBody(series, index)),
      ),
      concurrency: 32,
      maxDurationMs: 120_000,
    });
    await waitUntilProcessed(servers.inbox, options.visits, 120_000);

    // Every instance shows every pushed booking, whichever took its push; A's answer is the
    // baseline's.
    const ourIds = Array.from({ length: options.visits }, (_, index) => bookingId(series, index));
    let captured: RawResponse | undefined;
    let shown = 0;
    for (const url of servers.urls) {
      const answer = await getRaw(`${url}${path}`, browserHeaders);
      if (answer.status !== 200) throw new Error(`GET ${url}${path} answered ${answer.status}`);
      const agenda = JSON.parse(decoded(answer).toString('utf8')) as { visits: { id: string }[] };
      const ids = new Set(agenda.visits.map((visit) => visit.id));
      const missing = ourIds.filter((id) => !ids.has(id)).length;
      if (missing > 0) {
        throw new Error(
          `${url}: the agenda lacks ${missing} of the ${options.visits} pushed bookings`,
        );
      }
      captured ??= answer;
      shown ||= agenda.visits.length;
    }
    if (!captured) throw new Error('no instance to ask');

    const headers: Record<string, string> = { 'content-type': captured.headers['content-type']! };
    const encoding = captured.headers['content-encoding'];
    if (encoding) headers['content-encoding'] = encoding;
    bareServer = await startBareHttpServer({ mode: 'file', body: captured.body, headers });

    await load(servers.urls, 2);
    await load([bareServer.url], 2);
    const ours = totals();
    const bare = totals();
    for (let half = 0; half < 2; half += 1) {
      await load(servers.urls, options.seconds / 2, ours);
      await load([bareServer.url], options.seconds / 2, bare);
    }

    const p99 = ours.latency.percentile(0.99);
    const bareP99 = bare.latency.percentile(0.99);
    const quantiles = (result: Totals) =>
      [0.5, 0.95, 0.99].map((q) => formatMs(result.latency.percentile(q))).join('/');
    const perSecond = (result: Totals) => result.answered / (result.elapsedMs / 1_000);
    const rate = (result: Totals) => formatPerSecond(perSecond(result));
    const bookings = options.visits.toLocaleString('en');
    const split =
      servers.urls.length > 1
        ? `; ${Math.ceil(options.clients / servers.urls.length)} clients on A and on B at once, the week read from ${servers.durability.split(',')[0]}`
        : '';
    const versus = compareWith
      ? `; SQLite one instance in this run p99 ${formatMs(compareWith.p99Ms)} at ${formatPerSecond(compareWith.perSecond)}`
      : '';
    return {
      name:
        store === 'sqlite'
          ? `GET /api/agenda p99, a week of ${bookings} bookings, ${options.clients} clients`
          : `GET /api/agenda p99, ${servers.label}, a week of ${bookings} bookings, ${options.clients} clients`,
      value: formatMs(p99),
      baseline: formatMs(bareP99),
      ratio: p99 / bareP99,
      goal: '≤ 50 ms',
      note:
        `baseline: bare node:http sending our captured response; ${shown} visits, ` +
        `${formatBytes(captured.body.length)} ${encoding ?? 'uncompressed'}; p50/p95/p99 ours ${quantiles(ours)} at ${rate(ours)}, ` +
        `bare ${quantiles(bare)} at ${rate(bare)}; ${options.seconds} s each (interleaved halves) after 2 s warm-up${split}${versus}`,
      p99Ms: p99,
      perSecond: perSecond(ours),
    };
  } catch (error) {
    throw new Error(`${String(error)}\n--- server output ---\n${servers.output()}`);
  } finally {
    await bareServer?.stop();
    await servers.stop();
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
