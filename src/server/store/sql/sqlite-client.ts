// The SqlClient over one node:sqlite connection. Statements are prepared once per text and run
// synchronously; a transaction holds the connection: a statement from outside it (another request)
// waits until it ends, so it neither sees nor joins what is not committed yet.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SqlClient, SqlValue } from './sql-client.ts';

interface OpenTransaction {
  active: boolean;
  done: Set<string>;
}

export function createSqliteClient(db: DatabaseSync): SqlClient {
  const statements = new Map<string, StatementSync>();
  const context = new AsyncLocalStorage<OpenTransaction>();
  let open: OpenTransaction | null = null;
  /** Settles when the open transaction ends; transactions queue behind one another on it. */
  let idle: Promise<void> = Promise.resolve();

  function statement(text: string): StatementSync {
    let prepared = statements.get(text);
    if (!prepared) {
      prepared = db.prepare(text);
      statements.set(text, prepared);
    }
    return prepared;
  }

  const inTransaction = () => context.getStore()?.active === true;

  /** Runs `work` now if the connection is free (or ours), else once the transaction ends. */
  async function whenFree<Result>(work: () => Result): Promise<Result> {
    while (open && !inTransaction()) await idle;
    return work();
  }

  return {
    dialect: 'sqlite',
    all<Row>(text: string, params: readonly SqlValue[] = []) {
      return whenFree(() => statement(text).all(...params) as Row[]);
    },
    get<Row>(text: string, params: readonly SqlValue[] = []) {
      return whenFree(() => statement(text).get(...params) as Row | undefined);
    },
    run(text: string, params: readonly SqlValue[] = []) {
      return whenFree(() => Number(statement(text).run(...params).changes));
    },
    async transaction<Result>(work: () => Promise<Result>): Promise<Result> {
      if (inTransaction()) return work();
      while (open) await idle;
      const transaction: OpenTransaction = { active: true, done: new Set() };
      let end = () => {};
      open = transaction;
      idle = new Promise((resolve) => {
        end = resolve;
      });
      try {
        db.exec('BEGIN IMMEDIATE');
        const result = await context.run(transaction, work);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        // SQLite rolls back by itself on some errors (a full disk: SQLITE_FULL), and a second
        // ROLLBACK would fail with "no transaction is active" and hide the real cause.
        if (db.isTransaction) db.exec('ROLLBACK');
        throw error;
      } finally {
        transaction.active = false;
        open = null;
        end();
      }
    },
    async savepoint<Result>(work: () => Promise<Result>): Promise<Result> {
      if (!inTransaction()) throw new Error('savepoint() outside a transaction');
      db.exec('SAVEPOINT entry');
      try {
        const result = await work();
        db.exec('RELEASE entry');
        return result;
      } catch (error) {
        // Rolled back whole by SQLite (a full disk): nothing is left to undo to.
        if (db.isTransaction) {
          db.exec('ROLLBACK TO entry');
          db.exec('RELEASE entry');
        }
        throw error;
      }
    },
    inTransaction,
    async oncePerTransaction(key, work) {
      const transaction = context.getStore();
      if (!transaction?.active) return work();
      if (transaction.done.has(key)) return;
      transaction.done.add(key);
      await work();
    },
    async close() {
      db.close();
    },
  };
}
