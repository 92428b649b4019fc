// The measured side of the BFF rows that run on either store: one real server on SQLite (its own
// data folder, its embedded sandbox), or two, A and B, sharing one fresh PostgreSQL database and
// one standalone sandbox (started in the bench process, idle while the load runs), the way
// README's "Several instances" runs them. The load is split evenly over `urls`.
import pg from 'pg';
import { type RunningSandbox, startSandbox } from '../../src/sandbox/start.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { type ProductionServer, startProductionServer } from '../support/production-server.ts';
import type { InboxLocation } from './webhook-push.ts';

export type BenchStore = 'sqlite' | 'postgres';

export const postgresUnreachable = 'PostgreSQL not reachable';

export interface BenchServers {
  store: BenchStore;
  /** One origin (SQLite) or A's and B's (PostgreSQL), no trailing slash. */
  urls: string[];
  /** Where to look for the inbox, to tell when everything acknowledged is processed. */
  inbox: InboxLocation;
  /** For names and notes: "SQLite, one instance" or "PostgreSQL, two instances". */
  label: string;
  /** How the store commits, for notes, e.g. "PostgreSQL 15.20, fsync on, synchronous_commit on". */
  durability: string;
  /** What the instances printed, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startBenchServers(
  store: BenchStore,
  env: Record<string, string>,
): Promise<BenchServers> {
  if (store === 'sqlite') {
    const server = await startProductionServer({ env });
    return {
      store,
      urls: [server.url],
      inbox: { sqliteDataDir: server.dataDir },
      label: 'SQLite, one instance',
      durability: 'SQLite WAL, synchronous=FULL',
      output: server.output,
      stop: server.stop,
    };
  }

  const undo: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of undo.splice(0).reverse()) await step().catch(() => {});
  };
  const instances: ProductionServer[] = [];
  try {
    const database = await createTestDatabase('bench');
    if (database === null) throw new Error(postgresUnreachable);
    undo.push(database.drop);
    // Before any instance connects: its sessions take the database's settings.
    const durability = await durableCommits(database.url);
    const sandbox: RunningSandbox = await startSandbox({ port: 0 });
    undo.push(() => sandbox.close());
    const shared = { ...env, DATABASE_URL: database.url, SANDBOX_URL: sandbox.url };
    // One after the other, as a rolling start does: A migrates the database, B finds it done.
    for (let index = 0; index < 2; index += 1) {
      const server = await startProductionServer({ env: shared });
      instances.push(server);
      undo.push(server.stop);
    }
    return {
      store,
      urls: instances.map((server) => server.url),
      inbox: { postgresUrl: database.url },
      label: 'PostgreSQL, two instances',
      durability,
      output: () =>
        instances.map((server, index) => `--- ${'AB'[index]} ---\n${server.output()}`).join('\n'),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Test databases commit without waiting for the WAL flush (test/support/postgres.ts); a clinic's
 * does wait, and the rows say "durably acknowledged": this database waits again. Returns how it
 * commits, as a new session sees it.
 */
async function durableCommits(url: string): Promise<string> {
  const connect = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    await client.connect();
    return client;
  };
  const admin = await connect();
  try {
    const name = (await admin.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!
      .name;
    await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = on`);
  } finally {
    await admin.end();
  }
  const client = await connect();
  try {
    const settings = await client.query<{ version: string; fsync: string; commit: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS commit",
    );
    const { version, fsync, commit } = settings.rows[0]!;
    // Said in the notes as it is (a server with fsync off would show it there).
    return `PostgreSQL ${version.split(' ')[0]}, fsync ${fsync}, synchronous_commit ${commit}`;
  } finally {
    await client.end();
  }
}
