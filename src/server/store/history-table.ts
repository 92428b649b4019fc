// Each booking's history: one line per event that touched it, once even if delivered twice.
import { createHash } from 'node:crypto';
import { historyFactsSchema, type VisitHistory } from '../../shared/api/visit-history.ts';
import type { HistoryEntry } from '../projection/observations-from-notification.ts';
import type { SqlClient } from './sql/sql-client.ts';

interface HistoryRow {
  event: string;
  occurred_at: string;
  summary: string;
  facts: string | null;
}

/** Docplanner announces a change seconds after we made it; two minutes covers a slow queue. */
const actedWindowMs = 2 * 60_000;

export function createHistoryTable(sql: SqlClient) {
  async function add(entry: HistoryEntry, actor: string | null = null): Promise<void> {
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([entry.bookingId, entry.event, entry.occurredAt, entry.summary]))
      .digest('base64url');
    await sql.run(
      `INSERT INTO booking_history
         (booking_id, event, occurred_at, summary, fingerprint, actor, facts)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        entry.bookingId,
        entry.event,
        entry.occurredAt,
        entry.summary,
        fingerprint,
        actor,
        entry.facts ? JSON.stringify(entry.facts) : null,
      ],
    );
  }
  return {
    /** A line; `actor` names who did it when it was done through the agenda. */
    add,
    /**
     * A line from a Docplanner notification, unless the agenda itself did the same thing to the
     * booking within `windowMs` (then our line, which says who, already tells it).
     */
    async addObserved(entry: HistoryEntry, windowMs = actedWindowMs): Promise<boolean> {
      const at = Date.parse(entry.occurredAt);
      const lines = await sql.all<{ occurred_at: string }>(
        'SELECT occurred_at FROM booking_history WHERE booking_id = ? AND event = ? AND actor IS NOT NULL',
        [entry.bookingId, entry.event],
      );
      if (lines.some((row) => Math.abs(Date.parse(row.occurred_at) - at) <= windowMs)) return false;
      await add(entry);
      return true;
    },
    async of(bookingId: string): Promise<VisitHistory['entries']> {
      const rows = await sql.all<HistoryRow>(
        'SELECT event, occurred_at, summary, facts FROM booking_history WHERE booking_id = ? ORDER BY occurred_at, id',
        [bookingId],
      );
      return rows.map((row) => {
        const facts = row.facts ? historyFactsSchema.safeParse(JSON.parse(row.facts)).data : null;
        return {
          event: row.event,
          occurredAt: row.occurred_at,
          summary: row.summary,
          ...(facts ? { facts } : {}),
        };
      });
    },
  };
}
export type HistoryTable = ReturnType<typeof createHistoryTable>;
