// The change log the live stream replays: a growing sequence number per booking change.
// Browsers resume from the last number they saw (SSE Last-Event-ID).
import type { Database } from './database.ts';

export interface Change {
  seq: number;
  bookingId: string;
}

export function createChangesTable(db: Database) {
  const insert = db.prepare('INSERT INTO changes (booking_id, at) VALUES (?, ?)');
  const since = db.prepare(
    'SELECT seq, booking_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const latest = db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM changes');
  const oldest = db.prepare('SELECT coalesce(min(seq), 0) AS seq FROM changes');
  const prune = db.prepare('DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?');

  return {
    record(bookingId: string, at: string): number {
      return Number(insert.run(bookingId, at).lastInsertRowid);
    },
    since(seq: number, limit: number): Change[] {
      return (since.all(seq, limit) as { seq: number; booking_id: string }[]).map((row) => ({
        seq: row.seq,
        bookingId: row.booking_id,
      }));
    },
    latestSeq(): number {
      return (latest.get() as { seq: number }).seq;
    },
    oldestSeq(): number {
      return (oldest.get() as { seq: number }).seq;
    },
    /** Keeps the newest `keep` changes. */
    prune(keep: number): void {
      prune.run(keep);
    },
  };
}
export type ChangesTable = ReturnType<typeof createChangesTable>;
