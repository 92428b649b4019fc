// The store over each of its dialects, for tests that must hold on both: SQLite in memory, and
// PostgreSQL in a database of its own (skipped, said once, where PostgreSQL is not reachable).
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
