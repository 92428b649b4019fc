// The SqlClient over a pool of PostgreSQL connections (pg). A statement outside a transaction
// takes any free connection; a transaction holds one for its whole `work`. `?` placeholders become
// `$1…`, and BIGINT / COUNT(*) come back as numbers (epoch milliseconds and ids fit in 2^53).
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlClient, SqlValue } from './sql-client.ts';

const int8 = 20;
const numberTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === int8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

interface OpenTransaction {
  client: pg.PoolClient;
  active: boolean;
  savepoints: number;
  done: Set<string>;
}

/** `?` → `$n`. The store's statements hold no `?` inside string literals. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * PostgreSQL's TEXT cannot hold a NUL, which SQLite's can: one in a patient's name or a comment
 * (hostile or broken input) becomes U+FFFD instead of failing the write. Notification bodies,
 * kept exactly, are BYTEA and never pass here as text.
 */
function withoutNul(value: SqlValue): SqlValue {
  return typeof value === 'string' && value.includes('\u0000')
    ? value.replaceAll('\u0000', '\uFFFD')
    : value;
}

export interface PostgresClient extends SqlClient {
  readonly pool: pg.Pool;
}

export function createPostgresClient(url: string, options: { max?: number } = {}): PostgresClient {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: numberTypes,
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection the server dropped (a restart): the pool replaces it; the next query says.
  pool.on('error', () => {});
  const texts = new Map<string, string>();
  const context = new AsyncLocalStorage<OpenTransaction>();

  function textOf(text: string): string {
    let converted = texts.get(text);
    if (converted === undefined) {
      converted = numbered(text);
      texts.set(text, converted);
    }
    return converted;
  }

  function current(): OpenTransaction | undefined {
    const transaction = context.getStore();
    return transaction?.active ? transaction : undefined;
  }

  async function query<Row>(text: string, params: readonly SqlValue[]) {
    const on = current()?.client ?? pool;
    return on.query(textOf(text), params.map(withoutNul) as unknown[]) as unknown as Promise<
      pg.QueryResult<Row & pg.QueryResultRow>
    >;
  }

  return {
    dialect: 'postgres',
    pool,
    async all<Row>(text: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(text, params)).rows as Row[];
    },
    async get<Row>(text: string, params: readonly SqlValue[] = []) {
      return (await query<Row>(text, params)).rows[0] as Row | undefined;
    },
    async run(text: string, params: readonly SqlValue[] = []) {
      return (await query(text, params)).rowCount ?? 0;
    },
    async transaction<Result>(work: () => Promise<Result>): Promise<Result> {
      if (current()) return work();
      const client = await pool.connect();
      // A connection lost while checked out emits 'error' on the client itself (the pool only
      // listens to idle ones): the query in flight fails with it, which is what we report.
      const lost = () => {};
      client.on('error', lost);
      const transaction: OpenTransaction = { client, active: true, savepoints: 0, done: new Set() };
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const result = await context.run(transaction, work);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        transaction.active = false;
        client.off('error', lost);
        // A connection that could not even roll back is not given to the next caller.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    async savepoint<Result>(work: () => Promise<Result>): Promise<Result> {
      const transaction = current();
      if (!transaction) throw new Error('savepoint() outside a transaction');
      const name = `entry_${++transaction.savepoints}`;
      await transaction.client.query(`SAVEPOINT ${name}`);
      try {
        const result = await work();
        await transaction.client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await transaction.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        await transaction.client.query(`RELEASE SAVEPOINT ${name}`);
        throw error;
      }
    },
    inTransaction: () => current() !== undefined,
    async oncePerTransaction(key, work) {
      const transaction = current();
      if (!transaction) return work();
      if (transaction.done.has(key)) return;
      // Marked before it runs: should it fail, the transaction fails with it and is rolled back.
      transaction.done.add(key);
      await work();
    },
    async close() {
      await pool.end();
    },
  };
}
