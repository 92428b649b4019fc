// The BFF's one embedded database (node:sqlite, WAL) in DATA_DIR. It holds only what the agenda
// needs to lose nothing and go live: the notification inbox, the bookings projection, their
// history, and the change log the live stream replays.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrations.ts';
import { isStorageUnavailable } from './storage-errors.ts';

export type Database = DatabaseSync;

export interface OpenedDatabase {
  db: Database;
  /**
   * True when the disk was too full to create the WAL's shared-memory index: the database is
   * then opened for this process alone (the index lives in its memory), so that the agenda can
   * still start and serve what it has. Another process (a backup, `npm run users`) is refused
   * until the server is restarted with space on the disk.
   */
  exclusive: boolean;
}

function connect(location: string, exclusive: boolean): Database {
  const db = new DatabaseSync(location);
  try {
    if (exclusive) db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('PRAGMA journal_mode = WAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openDatabase(dataDir: string | ':memory:'): OpenedDatabase {
  let location = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    location = path.join(dataDir, 'agenda.sqlite');
  }
  let exclusive = false;
  let db: Database;
  try {
    db = connect(location, false);
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
    exclusive = true;
    db = connect(location, true);
  }
  // FULL: a notification we acknowledged survives a power cut, not only a crash.
  db.exec('PRAGMA synchronous = FULL');
  // Statement and savepoint journals (the processor's SAVEPOINT per entry, every upsert and
  // INSERT OR IGNORE inside a transaction) in memory, not in a new file under /var/tmp each
  // time: they only undo part of a transaction that is still open, and a crash undoes all of it
  // from the WAL anyway, so nothing durable lives there. As files they cost ~20 writes per
  // notification processed.
  db.exec('PRAGMA temp_store = MEMORY');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db);
  return { db, exclusive };
}
