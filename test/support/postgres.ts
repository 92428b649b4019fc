// A PostgreSQL database of its own for a test, on the server at TEST_POSTGRES_URL (the local one
// unless told). Where no PostgreSQL can be reached the PostgreSQL runs of a test are skipped, and
// the process says so once.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const defaultUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const connectTimeoutMs = 2_000;

export const postgresSkipLine =
  'PostgreSQL is not reachable on 127.0.0.1:5432 (TEST_POSTGRES_URL): the PostgreSQL runs of these tests are skipped';

function adminUrl(): string {
  return process.env.TEST_POSTGRES_URL || defaultUrl;
}

function adminClient(): pg.Client {
  return new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: connectTimeoutMs });
}

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // a Unix socket that is not there
]);

/**
 * No server to talk to while connecting (refused, timed out, no such host, or the socket closed
 * before any answer); not a server that said no (a wrong password, no such database).
 */
function isUnreachable(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  if (code !== undefined && unreachableCodes.has(code)) return true;
  return /timeout|Connection terminated/i.test(message ?? '');
}

/** Connects the admin client, or null when the server cannot be reached. */
async function connectAdmin(): Promise<pg.Client | null> {
  const client = adminClient();
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    if (isUnreachable(error)) return null;
    throw error;
  }
}

/** A new empty database (`${prefix}_${pid}_${random}`), or null when PostgreSQL is not reachable. */
export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const tail = `_${process.pid}_${randomBytes(4).toString('hex')}`;
  // PostgreSQL cuts names at 63 bytes (with a notice only), which would break the URL.
  const name = `${prefix.slice(0, 63 - tail.length)}${tail}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const admin = await connectAdmin();
  if (admin === null) return null;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    // A test database's commits need not survive a crash of PostgreSQL itself (the tests kill
    // our servers, never it): without the wait for its WAL flush they take half the time.
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = adminClient();
      await client.connect();
      try {
        await client.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
        await client.query(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await client.end();
      }
    },
  };
}

// Kept on globalThis, so that a process running several test files asks (and warns) once.
const availableKey = Symbol.for('test.support.postgres.available');
type WithAvailable = { [availableKey]?: Promise<boolean> };

/** Whether PostgreSQL answers at TEST_POSTGRES_URL; if not, says once that its runs are skipped. */
export async function postgresAvailable(): Promise<boolean> {
  const store = globalThis as WithAvailable;
  store[availableKey] ??= (async () => {
    const client = await connectAdmin();
    if (client === null) {
      console.warn(postgresSkipLine);
      return false;
    }
    try {
      await client.query('SELECT 1');
    } finally {
      await client.end();
    }
    return true;
  })();
  return store[availableKey];
}
