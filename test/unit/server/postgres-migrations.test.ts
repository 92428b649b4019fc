// The PostgreSQL migrations on a database of their own: two instances starting together both
// come up (the advisory lock makes the second wait, then find nothing to do), every version is
// recorded once, the schema is the SQLite store's (same tables, same columns), and a second run
// changes nothing.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../../../src/server/store/postgres-migrations.ts';
import { openStore } from '../../../src/server/store/store.ts';
import { createTestDatabase, postgresAvailable } from '../../support/postgres.ts';

/** The SQLite store's tables and their columns, after all its migrations: the one schema. */
function sqliteSchema(): Map<string, string[]> {
  const store = openStore(':memory:');
  const tables = store.db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const schema = new Map(
    tables.map(({ name }) => [
      name,
      (store.db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[])
        .map((column) => column.name)
        .sort(),
    ]),
  );
  store.db.close();
  return schema;
}

describe.skipIf(!(await postgresAvailable()))('migratePostgres', () => {
  let database: { url: string; drop: () => Promise<void> };
  let first: pg.Pool;
  let second: pg.Pool;

  beforeAll(async () => {
    const created = await createTestDatabase('migrations');
    if (created === null) throw new Error('PostgreSQL went away after answering');
    database = created;
    first = new pg.Pool({ connectionString: database.url, max: 2 });
    second = new pg.Pool({ connectionString: database.url, max: 2 });
  });

  afterAll(async () => {
    await Promise.all([first?.end(), second?.end()]);
    await database?.drop();
  });

  async function versions(): Promise<Array<{ version: number; applied_at: string }>> {
    const { rows } = await first.query<{ version: number; applied_at: string }>(
      'SELECT version, applied_at FROM schema_migrations ORDER BY version',
    );
    return rows;
  }

  it('comes up from two instances at once, each version recorded once', async () => {
    await expect(Promise.all([migratePostgres(first), migratePostgres(second)])).resolves.toEqual([
      undefined,
      undefined,
    ]);
    const recorded = (await versions()).map((row) => row.version);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded).toEqual(recorded.map((_, index) => index + 1));
  });

  it('has the tables and columns of the SQLite store, and only those', async () => {
    const { rows } = await first.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
       ORDER BY table_name, column_name`,
    );
    const postgres = new Map<string, string[]>();
    for (const row of rows) {
      postgres.set(row.table_name, [...(postgres.get(row.table_name) ?? []), row.column_name]);
    }
    expect(postgres).toEqual(sqliteSchema());
  });

  it('keeps epoch milliseconds in BIGINT and patient terms in binary order', async () => {
    const { rows } = await first.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name LIKE '%\\_ms' AND data_type <> 'bigint'`,
    );
    expect(rows).toEqual([]);
    const term = await first.query<{ collation_name: string }>(
      `SELECT collation_name FROM information_schema.columns
       WHERE table_name = 'patient_terms' AND column_name = 'term'`,
    );
    expect(term.rows).toEqual([{ collation_name: 'C' }]);
  });

  it('refuses a username that differs from another only in case', async () => {
    const insert = `INSERT INTO users (username, display_name, role, password_hash, created_at)
                    VALUES ($1, 'Anna', 'reception', 'hash', '2025-01-01T00:00:00.000Z')`;
    await first.query(insert, ['Anna']);
    await expect(first.query(insert, ['ANNA'])).rejects.toMatchObject({ code: '23505' });
  });

  it('does nothing when run again', async () => {
    const before = await versions();
    await migratePostgres(second);
    expect(await versions()).toEqual(before);
  });
});
