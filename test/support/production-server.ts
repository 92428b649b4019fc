// Starts the real BFF the way a clinic runs it (`node src/server/main.ts`, serving the built SPA
// from dist/) as a child process on a free port with a fresh data directory and no Docplanner
// credentials, so it embeds the sandbox. Used by the e2e tests and the bench. With
// E2E_STORE=postgres in the environment each server gets a PostgreSQL database of its own
// (DATABASE_URL, dropped at stop) instead of SQLite: the browser tests then run on that store.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { captureOutput, waitUntilHealthy, withoutDocplannerCredentials } from './child-server.ts';
import { createTestDatabase } from './postgres.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface ProductionServer {
  /** e.g. `http://127.0.0.1:41234` — no trailing slash. */
  url: string;
  dataDir: string;
  /** Its PostgreSQL database under E2E_STORE=postgres (or the caller's DATABASE_URL), else null. */
  databaseUrl: string | null;
  /** The server process, e.g. to read its memory from `/proc/<pid>/status`. */
  pid: number;
  /** What the server printed so far (the last 64 KB), for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server, e.g. `{ SANDBOX_SEED: '7' }`. */
  env?: Record<string, string>;
  /** How long to wait for `GET /api/health` to answer 200. */
  readyTimeoutMs?: number;
  /**
   * An existing data directory to run on (e.g. one the bench filled beforehand). It is kept at
   * stop; by default the server gets a fresh temporary one that is removed at stop.
   */
  dataDir?: string;
}

export async function startProductionServer(options: StartOptions = {}): Promise<ProductionServer> {
  if (!existsSync(join(repoRoot, 'dist', 'index.html'))) {
    throw new Error(
      'dist/index.html is missing: the e2e tests and the bench serve the production build. Run `npm run build` first (`npm test` and `npm run bench` do it for you).',
    );
  }
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 24) {
    throw new Error(
      `the server needs Node 24 (type stripping) but this is ${process.execPath} (${process.version}); run through npm scripts or npx so node_modules/.bin/node is used`,
    );
  }

  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'online-agenda-e2e-')));
  const database = await postgresIfAsked(options.env);
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...withoutDocplannerCredentials(process.env),
      // The server takes a free port itself and prints it: no race with other programs.
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // Tests drive the sandbox themselves; its own patients would change the data under them.
      SANDBOX_MARKETPLACE: 'off',
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = captureOutput(child);
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null
      ? `code ${child.exitCode}, signal ${child.signalCode}`
      : null;
  let url = '';
  // Should this process end without calling stop() (a crash, process.exit), the server goes too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    await stopChild(child);
    process.removeListener('exit', killOnExit);
    if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  try {
    const timeoutMs = options.readyTimeoutMs ?? 60_000;
    url = `http://127.0.0.1:${await printedPort(log, exited, timeoutMs)}`;
    await waitUntilHealthy(url, exited, timeoutMs);
  } catch (error) {
    await stop();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- server output ---\n${log()}`);
  }
  const databaseUrl = options.env?.DATABASE_URL ?? database?.url ?? null;
  return { url, dataDir, databaseUrl, pid: child.pid as number, output: log, stop };
}

/** A database of its own when E2E_STORE=postgres (and the caller did not choose a store). */
async function postgresIfAsked(env: Record<string, string> | undefined) {
  if (process.env.E2E_STORE !== 'postgres' || env?.DATABASE_URL) return null;
  const database = await createTestDatabase('e2e');
  if (!database) throw new Error('E2E_STORE=postgres, but PostgreSQL is not reachable');
  return database;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((wake) => setTimeout(() => wake(false), 5_000)),
  ]);
  if (!inTime) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The port the server printed (`Online Agenda: http://localhost:PORT`). */
async function printedPort(
  output: () => string,
  exited: () => string | null,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /Online Agenda: http:\/\/localhost:(\d+)/.exec(output());
    if (match?.[1]) return Number(match[1]);
    const gone = exited();
    if (gone !== null) throw new Error(`the server exited before it was ready (${gone})`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
  throw new Error(`the server did not say its address within ${timeoutMs} ms`);
}
