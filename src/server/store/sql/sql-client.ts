// What the store's tables need from a database, the same over SQLite and PostgreSQL: statements
// with `?` placeholders, transactions and savepoints. Inside `transaction(work)` every statement
// of `work` (and of what it awaits) runs in that transaction, found through AsyncLocalStorage, so
// the tables never pass a connection around.

export type SqlValue = string | number | bigint | null | Uint8Array;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlClient {
  readonly dialect: Dialect;
  /** Every row. */
  all<Row>(text: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row, if any. */
  get<Row>(text: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** How many rows the statement changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` in one transaction: all of it is written, or none, and the error that stopped it
   * is the one thrown. Called inside a transaction, `work` joins it.
   */
  transaction<Result>(work: () => Promise<Result>): Promise<Result>;
  /** Inside a transaction: undoes what `work` wrote if it throws, and keeps the rest. */
  savepoint<Result>(work: () => Promise<Result>): Promise<Result>;
  /** True while the caller is inside one of this client's transactions. */
  inTransaction(): boolean;
  /**
   * Inside a transaction: runs `work` the first time `key` is asked for in it, and not again
   * until the next transaction (a lock taken once, one NOTIFY). Outside one: every time.
   */
  oncePerTransaction(key: string, work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}
