// Schema migrations, applied in order and recorded in PRAGMA user_version. Append only: a
// released migration is never edited.
import type { DatabaseSync } from 'node:sqlite';
import { patientTermsOf } from '../../shared/domain/patient-terms.ts';

/** SQL, or a step that needs code (a backfill computed in TypeScript). */
type Migration = string | ((db: DatabaseSync) => void);

const migrations: readonly Migration[] = [
  // 1: the durable inbox of raw notifications, and the dead letters we could not read.
  `CREATE TABLE inbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at TEXT NOT NULL,
     source TEXT NOT NULL CHECK (source IN ('push', 'pull')),
     body TEXT NOT NULL,
     processed_at TEXT,
     outcome TEXT
   );
   CREATE INDEX inbox_pending ON inbox (id) WHERE processed_at IS NULL;
   CREATE TABLE dead_letters (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     received_at TEXT NOT NULL,
     source TEXT NOT NULL,
     reason TEXT NOT NULL,
     body TEXT NOT NULL
   );`,
  // 2: the bookings projection, each booking's history, and the change log for the live stream.
  `CREATE TABLE bookings (
     id TEXT PRIMARY KEY,
     facility_id TEXT NOT NULL,
     doctor_id TEXT NOT NULL,
     address_id TEXT NOT NULL,
     start_at TEXT NOT NULL,
     end_at TEXT NOT NULL,
     start_ms INTEGER NOT NULL,
     end_ms INTEGER NOT NULL,
     status TEXT NOT NULL,
     moved_to TEXT,
     videocall_url TEXT,
     visit_payment_status TEXT,
     payment_status_at_ms INTEGER,
     presence TEXT,
     presence_at_ms INTEGER,
     confirmed INTEGER NOT NULL DEFAULT 0,
     details TEXT NOT NULL,
     updated_at_ms INTEGER NOT NULL,
     updated_key TEXT NOT NULL
   );
   CREATE INDEX bookings_by_time ON bookings (facility_id, start_ms);
   CREATE TABLE booking_history (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     booking_id TEXT NOT NULL,
     event TEXT NOT NULL,
     occurred_at TEXT NOT NULL,
     summary TEXT NOT NULL,
     fingerprint TEXT NOT NULL UNIQUE
   );
   CREATE INDEX booking_history_by_booking ON booking_history (booking_id, occurred_at);
   CREATE TABLE changes (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     booking_id TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE TABLE synced_ranges (
     address_id TEXT NOT NULL,
     day TEXT NOT NULL,
     synced_at_ms INTEGER NOT NULL,
     PRIMARY KEY (address_id, day)
   );`,
  // 3: what doctors did with reminders: dismissed for good, or snoozed until a time.
  `CREATE TABLE reminder_acks (
     reminder_id TEXT PRIMARY KEY,
     action TEXT NOT NULL CHECK (action IN ('dismissed', 'snoozed')),
     until_ms INTEGER,
     at_ms INTEGER NOT NULL
   );`,
  // 4: staff accounts and their server-side sessions.
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     username TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('doctor', 'reception', 'admin')),
     doctor_id TEXT,
     password_hash TEXT NOT NULL,
     disabled INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     CHECK (role != 'doctor' OR doctor_id IS NOT NULL)
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     csrf_token TEXT NOT NULL,
     created_ms INTEGER NOT NULL,
     last_seen_ms INTEGER NOT NULL
   );
   CREATE INDEX sessions_by_user ON sessions (user_id);`,
  // 5: the clinic's names for Docplanner calendars and services, and the service-based online rule.
  `CREATE TABLE calendar_names (
     address_id TEXT PRIMARY KEY,
     name TEXT NOT NULL
   );
   CREATE TABLE service_mappings (
     address_service_id TEXT PRIMARY KEY,
     our_name TEXT,
     online INTEGER
   );`,
  // 6: idempotency keys of the writes (issue 15): a retried request gets the first answer back.
  // History lines written by our own actions carry who did it, so that Docplanner's notification
  // of the same change adds no second line.
  `CREATE TABLE idempotency_keys (
     user_id INTEGER NOT NULL,
     key TEXT NOT NULL,
     fingerprint TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('running', 'done')),
     status INTEGER,
     content_type TEXT,
     body TEXT,
     created_ms INTEGER NOT NULL,
     PRIMARY KEY (user_id, key)
   );
   CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_ms);
   ALTER TABLE booking_history ADD COLUMN actor TEXT;`,
  // 7: the patient search: each booking's name words and phone digits, indexed for prefix search.
  (db) => {
    db.exec(`CREATE TABLE patient_terms (
       booking_id TEXT NOT NULL,
       term TEXT NOT NULL,
       PRIMARY KEY (term, booking_id)
     ) WITHOUT ROWID;
     CREATE INDEX patient_terms_by_booking ON patient_terms (booking_id);`);
    fillPatientTerms(db);
  },
  // 8: the terms again, now that `ł` (which Unicode does not decompose) is kept as `l`, and a
  // name is split at any mark but an apostrophe (O'Neill → oneill).
  (db) => {
    db.exec('DELETE FROM patient_terms');
    fillPatientTerms(db);
  },
  // 9 (issue 20): a row the storage probe rewrites to learn whether the disk has room again;
  // replayed dead letters remember their inbox entry; indexes for the retention sweep. Sync
  // times live in the server's memory now (they were forgotten at every start anyway, and that
  // start-up write is what kept the server from starting on a full disk).
  `CREATE TABLE storage_probe (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     room BLOB NOT NULL
   );
   ALTER TABLE dead_letters ADD COLUMN replayed_at TEXT;
   ALTER TABLE dead_letters ADD COLUMN replayed_inbox_id INTEGER;
   CREATE INDEX dead_letters_by_age ON dead_letters (received_at);
   CREATE INDEX inbox_processed_by_age ON inbox (processed_at) WHERE processed_at IS NOT NULL;
   DROP TABLE synced_ranges;`,
  // 10 (issue 16): the language each user chose (null: the browser's, then the clinic's).
  'ALTER TABLE users ADD COLUMN locale TEXT;',
  // 11 (issue 16): what a history line says, as JSON data the page words in its language.
  'ALTER TABLE booking_history ADD COLUMN facts TEXT;',
  // 12 (issue 18): timers that must fire once even with several instances (a payment window's
  // check), claimed by whoever reaches them first (see timer-claims-table.ts).
  `CREATE TABLE timer_claims (
     timer_id TEXT PRIMARY KEY,
     claimed_ms INTEGER NOT NULL,
     done INTEGER NOT NULL DEFAULT 0
   );`,
];

/** Every kept booking's patient terms (see shared/domain/patient-terms.ts). */
function fillPatientTerms(db: DatabaseSync): void {
  const insert = db.prepare('INSERT OR IGNORE INTO patient_terms (booking_id, term) VALUES (?, ?)');
  for (const row of db.prepare('SELECT id, details FROM bookings').iterate() as Iterable<{
    id: string;
    details: string;
  }>) {
    for (const term of patientTermsOf(JSON.parse(row.details).patient)) insert.run(row.id, term);
  }
}

/** Brings the database to `upTo` (all migrations unless told; tests build older data directories). */
export function migrate(db: DatabaseSync, upTo = migrations.length): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  for (let version = row.user_version; version < upTo; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      const migration = migrations[version] as Migration;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      // As in transaction(): on a full disk SQLite has rolled back already.
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
