// The tables of the BFF's database, opened together over either dialect: SQLite in DATA_DIR (the
// embedded default, one process) or PostgreSQL at DATABASE_URL (several instances on one database).
import type { DatabaseSync } from 'node:sqlite';
import { createBookingsTable } from './bookings-table.ts';
import { createChangesTable } from './changes-table.ts';
import { openDatabase } from './database.ts';
import { createDeadLettersTable } from './dead-letters-table.ts';
import { createHistoryTable } from './history-table.ts';
import { createIdempotencyTable } from './idempotency-table.ts';
import { createInboxTable } from './inbox-table.ts';
import { createMappingTable } from './mapping-table.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { createReminderAcksTable } from './reminder-acks-table.ts';
import { createSessionsTable } from './sessions-table.ts';
import { createPostgresClient, type PostgresClient } from './sql/postgres-client.ts';
import type { SqlClient } from './sql/sql-client.ts';
import { createSqliteClient } from './sql/sqlite-client.ts';
import { createStorageProbeTable } from './storage-probe-table.ts';
import { createTimerClaimsTable } from './timer-claims-table.ts';
import { createUsersTable } from './users-table.ts';

export interface StoreOptions {
  /** SQLite opened for this process alone: the disk was too full at start (see openDatabase). */
  exclusive?: boolean;
  /** Brings the schema up to date (PostgreSQL: under a lock, at start-up). */
  migrate?: () => Promise<void>;
}

export function createStore(sql: SqlClient, options: StoreOptions = {}) {
  return {
    sql,
    dialect: sql.dialect,
    /** Opened for this process alone: the disk was too full at start (see openDatabase). */
    exclusive: options.exclusive ?? false,
    inbox: createInboxTable(sql),
    deadLetters: createDeadLettersTable(sql),
    bookings: createBookingsTable(sql),
    history: createHistoryTable(sql),
    changes: createChangesTable(sql),
    reminderAcks: createReminderAcksTable(sql),
    users: createUsersTable(sql),
    sessions: createSessionsTable(sql),
    mapping: createMappingTable(sql),
    idempotency: createIdempotencyTable(sql),
    storageProbe: createStorageProbeTable(sql),
    timerClaims: createTimerClaimsTable(sql),
    /** Before first use: the schema brought up to date (SQLite's was, when it was opened). */
    ready(): Promise<void> {
      return options.migrate?.() ?? Promise.resolve();
    },
    transaction<Result>(work: () => Promise<Result>): Promise<Result> {
      return sql.transaction(work);
    },
    close(): Promise<void> {
      return sql.close();
    },
  };
}
export type Store = ReturnType<typeof createStore>;
export type SqliteStore = Store & { db: DatabaseSync };
export type PostgresStore = Store & { sql: PostgresClient };

/** The embedded store: SQLite in `dataDir` (or in memory), migrated as it opens. */
export function openStore(dataDir: string | ':memory:'): SqliteStore {
  const { db, exclusive } = openDatabase(dataDir);
  return { ...createStore(createSqliteClient(db), { exclusive }), db };
}

/** The shared store: PostgreSQL at `url`; call ready() (it migrates) before use. */
export function openPostgresStore(url: string, options: { poolSize?: number } = {}): PostgresStore {
  const sql = createPostgresClient(url, options.poolSize ? { max: options.poolSize } : {});
  return { ...createStore(sql, { migrate: () => migratePostgres(sql.pool) }), sql };
}

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function openConfiguredStore(config: {
  dataDir: string;
  databaseUrl: string | null;
}): Store {
  return config.databaseUrl ? openPostgresStore(config.databaseUrl) : openStore(config.dataDir);
}
