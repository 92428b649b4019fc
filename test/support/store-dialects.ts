// The store over each of its dialects, for tests that must hold on both: SQLite in memory, and
// PostgreSQL in a database of its own (skipped, said once, where PostgreSQL is not reachable).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openPostgresStore, openStore, type Store } from '../../src/server/store/store.ts';
import { createTestDatabase, postgresAvailable } from './postgres.ts';

export interface StoreDialect {
  name: 'sqlite' | 'postgres';
  /** False where this dialect cannot run here (PostgreSQL not reachable). */
  available: boolean;
  /** A new, empty, migrated store; `close` closes it and drops its database. */
  open(): Promise<{ store: Store; close: () => Promise<void> }>;
}

export async function storeDialects(): Promise<StoreDialect[]> {
  const postgres = await postgresAvailable();
  return [
    {
      name: 'sqlite',
      available: true,
      async open() {
        const store = openStore(':memory:');
        return { store, close: () => store.close() };
      },
    },
    {
      name: 'postgres',
      available: postgres,
      async open() {
        const database = await createTestDatabase('store');
        if (!database) throw new Error('PostgreSQL went away');
        const store = openPostgresStore(database.url, { poolSize: 4 });
        await store.ready();
        return {
          store,
          close: async () => {
            await store.close();
            await database.drop();
          },
        };
      },
    },
  ];
}

/**
 * Empties every table but the migrations' record, so that each test starts as on a new store
 * (ids and sequence numbers go on from where they were). DELETE, not TRUNCATE: PostgreSQL takes
 * some 300 ms to truncate every table, a few ms to delete their rows.
 */
export async function emptyTables(store: Store): Promise<void> {
  const tables = await store.sql.all<{ name: string }>(
    store.dialect === 'postgres'
      ? `SELECT tablename AS name FROM pg_tables
           WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  await store.transaction(async () => {
    for (const { name } of tables) await store.sql.run(`DELETE FROM "${name}"`);
  });
}

/**
 * Inside a dialect's describe block: the one store its tests share, opened before them and closed
 * (its database dropped) after them; `fresh` empties it before each test. The object returned is
 * filled in with the store when it opens.
 */
export function storeForTests(dialect: StoreDialect, options: { fresh?: boolean } = {}): Store {
  const store = {} as Store;
  let close = async () => {};
  beforeAll(async () => {
    const opened = await dialect.open();
    Object.assign(store, opened.store);
    close = opened.close;
  });
  afterAll(() => close());
  if (options.fresh) beforeEach(() => emptyTables(store));
  return store;
}
