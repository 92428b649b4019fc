// Each booking's history: one line per event that touched it, once even if delivered twice.
import { createHash } from 'node:crypto';
import type { HistoryEntry } from '../projection/observations-from-notification.ts';
import type { Database } from './database.ts';

export function createHistoryTable(db: Database) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO booking_history (booking_id, event, occurred_at, summary, fingerprint)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(
    'SELECT event, occurred_at, summary FROM booking_history WHERE booking_id = ? ORDER BY occurred_at, id',
  );
  return {
    add(entry: HistoryEntry): void {
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([entry.bookingId, entry.event, entry.occurredAt, entry.summary]))
        .digest('base64url');
      insert.run(entry.bookingId, entry.event, entry.occurredAt, entry.summary, fingerprint);
    },
    of(bookingId: string): { event: string; occurredAt: string; summary: string }[] {
      return (
        select.all(bookingId) as { event: string; occurred_at: string; summary: string }[]
      ).map((row) => ({ event: row.event, occurredAt: row.occurred_at, summary: row.summary }));
    },
  };
}
export type HistoryTable = ReturnType<typeof createHistoryTable>;
