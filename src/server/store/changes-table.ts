// The change log the live stream replays: a growing sequence number per booking change.
// Browsers resume from the last number they saw (SSE Last-Event-ID).
import type { SqlClient } from './sql/sql-client.ts';

/** The advisory lock that orders the change log's numbers (PostgreSQL). */
const changeLogLock = 7_301_812_001;
/** The channel every instance LISTENs on for changes of the agenda. */
export const liveChannel = 'agenda_live';

export interface Change {
  seq: number;
  bookingId: string;
}

export function createChangesTable(sql: SqlClient) {
  return {
    /**
     * A change, numbered. On PostgreSQL the numbers are handed out under one lock held to the
     * commit, so they commit in their order: a stream that read up to n never misses an n − 1
     * committed later. The commit wakes every instance's streams (NOTIFY, without a payload:
     * they read the log).
     */
    record(bookingId: string, at: string): Promise<number> {
      return sql.transaction(async () => {
        if (sql.dialect === 'postgres') {
          // Once per transaction: the lock is held to its commit, and one NOTIFY wakes for all.
          await sql.oncePerTransaction('change log', async () => {
            await sql.run('SELECT pg_advisory_xact_lock(?)', [changeLogLock]);
            await sql.run(`NOTIFY ${liveChannel}`);
          });
        }
        const row = await sql.get<{ seq: number }>(
          'INSERT INTO changes (booking_id, at) VALUES (?, ?) RETURNING seq',
          [bookingId, at],
        );
        return Number(row?.seq);
      });
    },
    async since(seq: number, limit: number): Promise<Change[]> {
      const rows = await sql.all<{ seq: number; booking_id: string }>(
        'SELECT seq, booking_id FROM changes WHERE seq > ? ORDER BY seq LIMIT ?',
        [seq, limit],
      );
      return rows.map((row) => ({ seq: row.seq, bookingId: row.booking_id }));
    },
    async latestSeq(): Promise<number> {
      return (
        (await sql.get<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM changes'))?.seq ??
        0
      );
    },
    async oldestSeq(): Promise<number> {
      return (
        (await sql.get<{ seq: number }>('SELECT coalesce(min(seq), 0) AS seq FROM changes'))?.seq ??
        0
      );
    },
    /** Keeps the newest `keep` changes. */
    async prune(keep: number): Promise<void> {
      await sql.run('DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?', [keep]);
    },
  };
}
export type ChangesTable = ReturnType<typeof createChangesTable>;
