// Two real servers, A and B, on one fresh PostgreSQL database and one standalone sandbox, each
// with its own port and data folder (optionally behind a counting proxy of its own), for the
// multi-instance tests (issue 18), and the small tools those tests share.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { createTestDatabase } from '../../support/postgres.ts';
import {
  findFreePort,
  type ServerProcess,
  startServerProcess,
} from '../../support/server-process.ts';
import { temporaryDataDir, type Undos, undoAfterEach, webhookSecret } from './harness.ts';

/** The line the leader lease logs when an instance takes the lead (cluster/leader-lease.ts). */
export const leadsLine = 'leader: this instance leads';

// ---------------------------------------------------------------------------------------------
// A counting proxy in front of the sandbox: what each instance asked Docplanner, seen from
// outside the server (the sandbox keeps no request log).

export interface SeenRequest {
  method: string;
  path: string;
  at: number;
}

export interface CountingProxy {
  url: string;
  requests: SeenRequest[];
  close: () => Promise<void>;
}

async function startCountingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  const requests: SeenRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    requests.push({ method: incoming.method ?? '', path: incoming.url ?? '', at: Date.now() });
    const forward = request(
      {
        host: to.hostname,
        port: to.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: to.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Two instances on one fresh database.

export interface Instance {
  name: 'A' | 'B';
  server: ServerProcess;
  url: string;
  /** Present when the cluster was started with proxies: what this instance asked the sandbox. */
  proxy?: CountingProxy;
}

export interface Cluster {
  sandbox: RunningSandbox;
  a: Instance;
  b: Instance;
  /** A small pool on the shared database, for the test's own reads. */
  db: pg.Pool;
  count: (sql: string, params?: unknown[]) => Promise<number>;
}

export type ClusterOptions = {
  mode: 'push' | 'pull';
  env?: Record<string, string>;
  /** Each instance reaches the sandbox through a counting proxy of its own. */
  proxies?: boolean;
  /** Both started at the same moment (as `docker compose up --scale` does), not one by one. */
  together?: boolean;
};

/**
 * Registers the undoing of each test's cluster after it, and returns how a test starts one: a
 * sandbox, a fresh database, and A and B on it.
 */
export function clustersForEachTest(): (options: ClusterOptions) => Promise<Cluster> {
  const cleanups = undoAfterEach();
  return (options) => startCluster(cleanups, options);
}

async function startCluster(cleanups: Undos, options: ClusterOptions): Promise<Cluster> {
  const sandbox = await startSandbox({ port: 0 });
  cleanups.push(() => sandbox.close());
  const database = await createTestDatabase('multi_instance');
  if (database === null) throw new Error('PostgreSQL went away after it answered');
  cleanups.push(database.drop);
  const db = new pg.Pool({ connectionString: database.url, max: 3 });
  db.on('error', () => {});
  cleanups.push(() => db.end());

  const start = async (name: Instance['name']): Promise<Instance> => {
    const dataDir = await temporaryDataDir();
    cleanups.push(dataDir.remove);
    let proxy: CountingProxy | undefined;
    if (options.proxies) {
      proxy = await startCountingProxy(sandbox.url);
      cleanups.push(proxy.close);
    }
    const server = await startServerProcess({
      port: await findFreePort(),
      dataDir: dataDir.path,
      env: {
        DATABASE_URL: database.url,
        SANDBOX_URL: proxy?.url ?? sandbox.url,
        NOTIFICATIONS_MODE: options.mode,
        ...(options.mode === 'push' ? { WEBHOOK_SECRET: webhookSecret } : {}),
        // Read once the lead's config change lands; until then a follower retries every 2 s.
        LEADER_RETRY_MS: '500',
        ...options.env,
      },
    });
    cleanups.push(() => server.kill());
    return { name, server, url: server.url, ...(proxy ? { proxy } : {}) };
  };
  // By default one after the other, as a rolling start does (the first migrates the database).
  let a: Instance;
  let b: Instance;
  if (options.together) {
    const started = await Promise.allSettled([start('A'), start('B')]);
    for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
    [a, b] = started.map((outcome) => (outcome as PromiseFulfilledResult<Instance>).value) as [
      Instance,
      Instance,
    ];
  } else {
    a = await start('A');
    b = await start('B');
  }
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string | number }>(sql, params)).rows[0]?.n ?? Number.NaN);
  return { sandbox, a, b, db, count };
}

export function outputs(cluster: Cluster): string {
  return `--- A ---\n${cluster.a.server.output()}\n--- B ---\n${cluster.b.server.output()}`;
}

export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** A slot-booked notification of a booking of its own, on Anna Kowalska's online address. */
export function bookingNotification(bookingId: string, index: number): string {
  const startMs = Date.parse('2026-11-23T08:00:00+01:00') + index * 30 * 60_000;
  const warsaw = (ms: number) => new Date(ms + 3_600_000).toISOString().replace('.000Z', '+01:00');
  return JSON.stringify(
    slotBooked({ id: bookingId, start_at: warsaw(startMs), end_at: warsaw(startMs + 30 * 60_000) }),
  );
}

/** Runs `work` over `items` with at most `parallelism` at a time. */
export async function inParallel<Item>(
  items: readonly Item[],
  parallelism: number,
  work: (item: Item) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallelism }, async () => {
      while (next < items.length) await work(items[next++] as Item);
    }),
  );
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] as number;
}
