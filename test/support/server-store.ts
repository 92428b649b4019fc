// The store of a running test server, opened beside it (SQLite in its data folder, WAL; or its
// PostgreSQL database under E2E_STORE=postgres), for a test that puts in what no API writes: a
// dead letter an older build left, say.
import { openPostgresStore, openStore, type Store } from '../../src/server/store/store.ts';

export async function withServerStore<Result>(
  server: { dataDir: string; databaseUrl: string | null },
  work: (store: Store) => Promise<Result>,
): Promise<Result> {
  const store = server.databaseUrl
    ? openPostgresStore(server.databaseUrl, { poolSize: 1 })
    : openStore(server.dataDir);
  try {
    await store.ready();
    return await work(store);
  } finally {
    await store.close();
  }
}
