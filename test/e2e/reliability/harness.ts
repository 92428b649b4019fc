// What the reliability tests share: the sandbox's control API, Docplanner's API as a client
// would call it, waiting for a condition, and reading the server's SQLite file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import {
  type RunningSandbox,
  type SandboxOptions,
  sandboxClientId,
  sandboxClientSecret,
  startSandbox,
} from '../../../src/sandbox/start.ts';
import {
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
} from '../../support/server-process.ts';

export const webhookSecret = 'reliability-webhook-secret-0001';

/**
 * What a test started (servers, sandboxes, data folders), undone after each test, newest first,
 * even when the test failed. Call at the top of a test file; push each undo as you go.
 */
export function undoAfterEach(): Undos {
  const undos: Undos = [];
  afterEach(async () => {
    for (const undo of undos.splice(0).reverse()) await undo().catch(() => {});
  });
  return undos;
}

export type Undos = (() => Promise<unknown>)[];

/** The environment of a server that takes Docplanner's pushes at `webhookSecret`. */
export const pushModeEnv = { NOTIFICATIONS_MODE: 'push', WEBHOOK_SECRET: webhookSecret };

/** What one test starts, each stopped or removed after the test (see undoAfterEach). */
export interface StartedPerTest {
  /** Runs `undo` after the test, before what was started earlier. */
  undo(undo: () => Promise<unknown>): void;
  /** A sandbox Docplanner on an ephemeral port; closed after the test. */
  sandbox(options?: SandboxOptions): Promise<RunningSandbox>;
  /** A fresh data folder for the server, removed after the test; returns its path. */
  dataDir(): Promise<string>;
  /**
   * The real server as a child process, SIGKILLed after the test unless it has ended by then.
   * Call again with the same port and data folder to restart it.
   */
  server(options: ServerProcessOptions): Promise<ServerProcess>;
}

/** Call at the top of a test file: what its tests start through it is undone after each. */
export function startedPerTest(): StartedPerTest {
  const undos = undoAfterEach();
  return {
    undo: (undo) => undos.push(undo),
    async sandbox(options = {}) {
      const sandbox = await startSandbox({ port: 0, ...options });
      undos.push(() => sandbox.close());
      return sandbox;
    },
    async dataDir() {
      const dataDir = await temporaryDataDir();
      undos.push(dataDir.remove);
      return dataDir.path;
    },
    async server(options) {
      const server = await startServerProcess(options);
      undos.push(() => server.kill());
      return server;
    },
  };
}

export interface SandboxStats {
  mode: 'pull' | 'push';
  url: string | null;
  queued: number;
  emitted: number;
  pulled: number;
  attempts: number;
  delivered: number;
  failed: number;
  retrying: number;
  sending: number;
  dropped: number;
  last_release_at: string | null;
}

/** Calls `/_sandbox/…` and returns the parsed JSON answer (or null for 204). */
export async function control<Answer = unknown>(
  sandboxUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${sandboxUrl}/_sandbox${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${method} /_sandbox${path} answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  return (text === '' ? null : JSON.parse(text)) as Answer;
}

export function sandboxStats(sandboxUrl: string): Promise<SandboxStats> {
  return control<SandboxStats>(sandboxUrl, 'GET', '/notifications');
}

/** Polls `check` until it returns a value other than undefined/false; fails after `timeoutMs`. */
export async function waitFor<Value>(
  what: string,
  check: () => Promise<Value | undefined | false> | Value | undefined | false,
  options: { timeoutMs?: number; intervalMs?: number; detail?: () => string } = {},
): Promise<Value> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((wake) => setTimeout(wake, options.intervalMs ?? 100));
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(
    `timed out waiting for ${what}${cause}${options.detail ? `\n${options.detail()}` : ''}`,
  );
}

/** A bearer token of the sandbox's one API client. */
export async function sandboxToken(sandboxUrl: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}/oauth/v2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: sandboxClientId,
      client_secret: sandboxClientSecret,
    }),
  });
  if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Takes every notification off the sandbox's pull queue, as Docplanner's API gives them. */
export async function pullEverything(sandboxUrl: string): Promise<unknown[]> {
  const token = await sandboxToken(sandboxUrl);
  const taken: unknown[] = [];
  for (;;) {
    const response = await fetch(
      `${sandboxUrl}/api/v3/integration/notifications/multiple?limit=100`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    if (response.status === 404) return taken;
    if (!response.ok) throw new Error(`pull: ${response.status} ${await response.text()}`);
    const batch = (await response.json()) as { notifications: unknown[]; remaining: number };
    taken.push(...batch.notifications);
    if (batch.remaining <= 0) return taken;
  }
}

/** POSTs one body to the server's webhook; returns the status and the parsed answer. */
export async function postWebhook(
  serverUrl: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; contentType: string; json: unknown }> {
  const send = () =>
    fetch(`${serverUrl}/webhooks/docplanner/${webhookSecret}`, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
    });
  let response: Response;
  try {
    response = await send();
  } catch (error) {
    // A kept-alive socket the server closed just as the client reused it: no answer came, so
    // send again, as Docplanner does (its deliveries are at least once; the server dedupes).
    if (!isClosedSocket(error)) throw error;
    response = await send();
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', json };
}

function isClosedSocket(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return error instanceof TypeError && cause?.code === 'UND_ERR_SOCKET';
}

/** Opens the server's database read-only (safe while the server runs: WAL). */
export function openDatabase(dataDir: string): DatabaseSync {
  return new DatabaseSync(join(dataDir, 'agenda.sqlite'), { readOnly: true });
}

/** Runs `read` on a fresh read-only connection, closed afterwards. */
export function readDatabase<Result>(dataDir: string, read: (db: DatabaseSync) => Result): Result {
  const db = openDatabase(dataDir);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function count(db: DatabaseSync, sql: string, ...params: (string | number)[]): number {
  return Number((db.prepare(sql).get(...params) as { n: number }).n);
}

/** How many notifications the inbox holds that are not processed yet. */
export function pendingInbox(db: DatabaseSync): number {
  return count(db, 'SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL');
}

/** Each booking with a slot-booked history line and how many it has (one, if projected once). */
export function slotBookedLinesPerBooking(db: DatabaseSync): { booking_id: string; n: number }[] {
  return db
    .prepare(
      `SELECT booking_id, count(*) AS n FROM booking_history
       WHERE event = 'slot-booked' GROUP BY booking_id`,
    )
    .all() as { booking_id: string; n: number }[];
}

export async function temporaryDataDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'online-agenda-reliability-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<Item>(items: readonly Item[], random: () => number): Item[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
  }
  return copy;
}
