// The tables of the BFF's database, opened together.
import { createBookingsTable } from './bookings-table.ts';
import { createChangesTable } from './changes-table.ts';
import { type Database, openDatabase, transaction } from './database.ts';
import { createDeadLettersTable } from './dead-letters-table.ts';
import { createHistoryTable } from './history-table.ts';
import { createIdempotencyTable } from './idempotency-table.ts';
import { createInboxTable } from './inbox-table.ts';
import { createMappingTable } from './mapping-table.ts';
import { createReminderAcksTable } from './reminder-acks-table.ts';
import { createSessionsTable } from './sessions-table.ts';
import { createUsersTable } from './users-table.ts';

export function createStore(db: Database, options: { exclusive?: boolean } = {}) {
  return {
    db,
    /** Opened for this process alone: the disk was too full at start (see openDatabase). */
    exclusive: options.exclusive ?? false,
    inbox: createInboxTable(db),
    deadLetters: createDeadLettersTable(db),
    bookings: createBookingsTable(db),
    history: createHistoryTable(db),
    changes: createChangesTable(db),
    reminderAcks: createReminderAcksTable(db),
    users: createUsersTable(db),
    sessions: createSessionsTable(db),
    mapping: createMappingTable(db),
    idempotency: createIdempotencyTable(db),
    transaction<Result>(work: () => Result): Result {
      return transaction(db, work);
    },
    close(): void {
      db.close();
    },
  };
}
export type Store = ReturnType<typeof createStore>;

export function openStore(dataDir: string | ':memory:'): Store {
  const { db, exclusive } = openDatabase(dataDir);
  return createStore(db, { exclusive });
}
