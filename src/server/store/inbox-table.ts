// The durable inbox: every notification body exactly as received, written before we
// acknowledge it, and marked once processed. Bodies we cannot read go to dead_letters.
import type { Database } from './database.ts';

export type InboxSource = 'push' | 'pull';

export interface InboxEntry {
  id: number;
  receivedAt: string;
  source: InboxSource;
  body: string;
}

export function createInboxTable(db: Database) {
  const insert = db.prepare('INSERT INTO inbox (received_at, source, body) VALUES (?, ?, ?)');
  const pending = db.prepare(
    'SELECT id, received_at, source, body FROM inbox WHERE processed_at IS NULL ORDER BY id LIMIT ?',
  );
  const markDone = db.prepare('UPDATE inbox SET processed_at = ?, outcome = ? WHERE id = ?');
  const insertDead = db.prepare(
    'INSERT INTO dead_letters (received_at, source, reason, body) VALUES (?, ?, ?, ?)',
  );
  const countPending = db.prepare('SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL');
  const oldestPending = db.prepare(
    'SELECT received_at FROM inbox WHERE processed_at IS NULL ORDER BY id LIMIT 1',
  );
  const expireProcessed = db.prepare(
    'DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ?',
  );
  const recentDead = db.prepare(
    'SELECT id, received_at, source, reason, body FROM dead_letters ORDER BY id DESC LIMIT ?',
  );

  return {
    /** Appends bodies (call inside a transaction for a batch). */
    append(source: InboxSource, body: string, receivedAt: string): number {
      return Number(insert.run(receivedAt, source, body).lastInsertRowid);
    },
    pending(limit: number): InboxEntry[] {
      return (
        pending.all(limit) as {
          id: number;
          received_at: string;
          source: InboxSource;
          body: string;
        }[]
      ).map((row) => ({
        id: row.id,
        receivedAt: row.received_at,
        source: row.source,
        body: row.body,
      }));
    },
    markProcessed(id: number, outcome: string, processedAt: string): void {
      markDone.run(processedAt, outcome, id);
    },
    deadLetter(source: InboxSource, reason: string, body: string, receivedAt: string): void {
      insertDead.run(receivedAt, source, reason, body);
    },
    pendingCount(): number {
      return (countPending.get() as { n: number }).n;
    },
    /** When the oldest entry still waiting to be processed arrived (ISO), or null. */
    oldestPendingAt(): string | null {
      return (oldestPending.get() as { received_at: string } | undefined)?.received_at ?? null;
    },
    /** Deletes entries processed before `beforeIso`; pending ones are never deleted. */
    expireProcessed(beforeIso: string): number {
      return Number(expireProcessed.run(beforeIso).changes);
    },
    deadLetters(limit: number) {
      return recentDead.all(limit) as {
        id: number;
        received_at: string;
        source: string;
        reason: string;
        body: string;
      }[];
    },
  };
}
export type InboxTable = ReturnType<typeof createInboxTable>;
