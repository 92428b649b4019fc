// Bodies we could not read, kept for an administrator to look at and, once the cause is fixed
// (a Docplanner change our schema did not know, say), to replay into the inbox. Written by the
// inbox (inbox-table.ts); read, replayed and expired here.
import { bodyOf } from './sql/body-column.ts';
import type { SqlClient } from './sql/sql-client.ts';

export interface DeadLetterSummary {
  id: number;
  receivedAt: string;
  source: string;
  reason: string;
  bytes: number;
  replayedAt: string | null;
  replayedInboxId: number | null;
}

export interface DeadLetter extends DeadLetterSummary {
  body: string;
}

interface Row {
  id: number;
  received_at: string;
  source: string;
  reason: string;
  bytes: number;
  replayed_at: string | null;
  replayed_inbox_id: number | null;
  body?: string | Uint8Array;
}

function summaryOf(row: Row): DeadLetterSummary {
  return {
    id: row.id,
    receivedAt: row.received_at,
    source: row.source,
    reason: row.reason,
    bytes: row.bytes,
    replayedAt: row.replayed_at,
    replayedInboxId: row.replayed_inbox_id,
  };
}

export function createDeadLettersTable(sql: SqlClient) {
  const bytes = sql.dialect === 'postgres' ? 'octet_length(body)' : 'length(CAST(body AS BLOB))';
  const columns = `id, received_at, source, reason, ${bytes} AS bytes, replayed_at, replayed_inbox_id`;
  return {
    /** Newest first; `before` (an id) pages on. */
    async list(limit: number, before = Number.MAX_SAFE_INTEGER): Promise<DeadLetterSummary[]> {
      const rows = await sql.all<Row>(
        `SELECT ${columns} FROM dead_letters WHERE id < ? ORDER BY id DESC LIMIT ?`,
        [before, limit],
      );
      return rows.map(summaryOf);
    },
    async get(id: number): Promise<DeadLetter | null> {
      const row = await sql.get<Row>(`SELECT ${columns}, body FROM dead_letters WHERE id = ?`, [
        id,
      ]);
      return row
        ? { ...summaryOf(row), body: row.body === undefined ? '' : bodyOf(row.body) }
        : null;
    },
    async count(): Promise<number> {
      return (await sql.get<{ n: number }>('SELECT count(*) AS n FROM dead_letters'))?.n ?? 0;
    },
    /** Those not replayed yet. */
    async waiting(): Promise<number> {
      const row = await sql.get<{ n: number }>(
        'SELECT count(*) AS n FROM dead_letters WHERE replayed_at IS NULL',
      );
      return row?.n ?? 0;
    },
    /** Records the replay; false when it had been replayed already (call inside a transaction). */
    async markReplayed(id: number, inboxId: number, atIso: string): Promise<boolean> {
      const changed = await sql.run(
        'UPDATE dead_letters SET replayed_at = ?, replayed_inbox_id = ? WHERE id = ? AND replayed_at IS NULL',
        [atIso, inboxId, id],
      );
      return changed === 1;
    },
    /** Deletes dead letters received before `beforeIso`. */
    expire(beforeIso: string): Promise<number> {
      return sql.run('DELETE FROM dead_letters WHERE received_at < ?', [beforeIso]);
    },
  };
}
export type DeadLettersTable = ReturnType<typeof createDeadLettersTable>;
