// Bodies we could not read, kept for an administrator to look at and, once the cause is fixed
// (a Docplanner change our schema did not know, say), to replay into the inbox. Written by the
// inbox (inbox-table.ts); read, replayed and expired here.
import type { Database } from './database.ts';

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
  body?: string;
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

const columns =
  'id, received_at, source, reason, length(CAST(body AS BLOB)) AS bytes, replayed_at, replayed_inbox_id';

export function createDeadLettersTable(db: Database) {
  const page = db.prepare(
    `SELECT ${columns} FROM dead_letters WHERE id < ? ORDER BY id DESC LIMIT ?`,
  );
  const one = db.prepare(`SELECT ${columns}, body FROM dead_letters WHERE id = ?`);
  const count = db.prepare('SELECT count(*) AS n FROM dead_letters');
  const countWaiting = db.prepare(
    'SELECT count(*) AS n FROM dead_letters WHERE replayed_at IS NULL',
  );
  const markReplayed = db.prepare(
    'UPDATE dead_letters SET replayed_at = ?, replayed_inbox_id = ? WHERE id = ? AND replayed_at IS NULL',
  );
  const expire = db.prepare('DELETE FROM dead_letters WHERE received_at < ?');

  return {
    /** Newest first; `before` (an id) pages on. */
    list(limit: number, before = Number.MAX_SAFE_INTEGER): DeadLetterSummary[] {
      return (page.all(before, limit) as unknown as Row[]).map(summaryOf);
    },
    get(id: number): DeadLetter | null {
      const row = one.get(id) as Row | undefined;
      return row ? { ...summaryOf(row), body: row.body ?? '' } : null;
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
    /** Those not replayed yet. */
    waiting(): number {
      return (countWaiting.get() as { n: number }).n;
    },
    /** Records the replay; false when it had been replayed already (call inside a transaction). */
    markReplayed(id: number, inboxId: number, atIso: string): boolean {
      return Number(markReplayed.run(atIso, inboxId, id).changes) === 1;
    },
    /** Deletes dead letters received before `beforeIso`. */
    expire(beforeIso: string): number {
      return Number(expire.run(beforeIso).changes);
    },
  };
}
export type DeadLettersTable = ReturnType<typeof createDeadLettersTable>;
