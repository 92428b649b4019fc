// The durable inbox: every notification body exactly as received, written before we
// acknowledge it, and marked once processed. Bodies we cannot read go to dead_letters.
import { bodyOf, bodyParam } from './sql/body-column.ts';
import type { SqlClient } from './sql/sql-client.ts';

export type InboxSource = 'push' | 'pull';

export interface InboxEntry {
  id: number;
  receivedAt: string;
  source: InboxSource;
  body: string;
}

/** How many bodies one INSERT carries at most (3 parameters each, far below either limit). */
const appendChunk = 500;

/** The advisory lock under which one instance at a time processes the inbox (PostgreSQL). */
const processingLock = 7_301_812_002;

export function createInboxTable(sql: SqlClient) {
  return {
    /**
     * Inside a transaction: waits until no other instance is processing, holding the right to
     * until the commit. (SQLite's transaction holds the whole database already.)
     */
    async lockForProcessing(): Promise<void> {
      if (sql.dialect === 'postgres') {
        await sql.run('SELECT pg_advisory_xact_lock(?)', [processingLock]);
      }
    },
    /** Appends bodies (call inside a transaction for a batch). */
    async append(source: InboxSource, body: string, receivedAt: string): Promise<number> {
      const row = await sql.get<{ id: number }>(
        'INSERT INTO inbox (received_at, source, body) VALUES (?, ?, ?) RETURNING id',
        [receivedAt, source, bodyParam(sql.dialect, body)],
      );
      return Number(row?.id);
    },
    /**
     * Appends bodies received together in one statement per 500 (a group commit's batch: on
     * PostgreSQL a statement is a round trip); their ids in the order given.
     */
    async appendAll(
      entries: readonly { source: InboxSource; body: string; receivedAt: string }[],
    ): Promise<number[]> {
      const ids: number[] = [];
      for (let start = 0; start < entries.length; start += appendChunk) {
        const chunk = entries.slice(start, start + appendChunk);
        const rows = await sql.all<{ id: number }>(
          `INSERT INTO inbox (received_at, source, body) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}
           RETURNING id`,
          chunk.flatMap((entry) => [
            entry.receivedAt,
            entry.source,
            bodyParam(sql.dialect, entry.body),
          ]),
        );
        // Ids are handed out in the order of the rows; RETURNING's own order is not promised.
        ids.push(...rows.map((row) => Number(row.id)).sort((a, b) => a - b));
      }
      return ids;
    },
    async pending(limit: number): Promise<InboxEntry[]> {
      const rows = await sql.all<{
        id: number;
        received_at: string;
        source: InboxSource;
        body: string | Uint8Array;
      }>(
        'SELECT id, received_at, source, body FROM inbox WHERE processed_at IS NULL ORDER BY id LIMIT ?',
        [limit],
      );
      return rows.map((row) => ({
        id: row.id,
        receivedAt: row.received_at,
        source: row.source,
        body: bodyOf(row.body),
      }));
    },
    async markProcessed(id: number, outcome: string, processedAt: string): Promise<void> {
      await sql.run('UPDATE inbox SET processed_at = ?, outcome = ? WHERE id = ?', [
        processedAt,
        outcome,
        id,
      ]);
    },
    /** Marks a processed batch, each entry with its outcome, in one statement per 500. */
    async markAllProcessed(
      outcomes: readonly { id: number; outcome: string }[],
      processedAt: string,
    ): Promise<void> {
      for (let start = 0; start < outcomes.length; start += appendChunk) {
        const chunk = outcomes.slice(start, start + appendChunk);
        await sql.run(
          `WITH done (id, outcome) AS (VALUES ${chunk.map(() => '(CAST(? AS BIGINT), CAST(? AS TEXT))').join(', ')})
           UPDATE inbox SET processed_at = ?,
             outcome = (SELECT done.outcome FROM done WHERE done.id = inbox.id)
           WHERE id IN (SELECT id FROM done)`,
          [...chunk.flatMap((entry) => [entry.id, entry.outcome]), processedAt],
        );
      }
    },
    async deadLetter(
      source: InboxSource,
      reason: string,
      body: string,
      receivedAt: string,
    ): Promise<void> {
      await sql.run(
        'INSERT INTO dead_letters (received_at, source, reason, body) VALUES (?, ?, ?, ?)',
        [receivedAt, source, reason, bodyParam(sql.dialect, body)],
      );
    },
    async pendingCount(): Promise<number> {
      const row = await sql.get<{ n: number }>(
        'SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL',
      );
      return row?.n ?? 0;
    },
    /** When the oldest entry still waiting to be processed arrived (ISO), or null. */
    async oldestPendingAt(): Promise<string | null> {
      const row = await sql.get<{ received_at: string }>(
        'SELECT received_at FROM inbox WHERE processed_at IS NULL ORDER BY id LIMIT 1',
      );
      return row?.received_at ?? null;
    },
    /** Deletes entries processed before `beforeIso`; pending ones are never deleted. */
    expireProcessed(beforeIso: string): Promise<number> {
      return sql.run('DELETE FROM inbox WHERE processed_at IS NOT NULL AND processed_at < ?', [
        beforeIso,
      ]);
    },
    /** The newest dead letters with their bodies (the tests' view; the page uses deadLetters). */
    async deadLetters(limit: number) {
      const rows = await sql.all<{
        id: number;
        received_at: string;
        source: string;
        reason: string;
        body: string | Uint8Array;
      }>(
        'SELECT id, received_at, source, reason, body FROM dead_letters ORDER BY id DESC LIMIT ?',
        [limit],
      );
      return rows.map((row) => ({ ...row, body: bodyOf(row.body) }));
    },
  };
}
export type InboxTable = ReturnType<typeof createInboxTable>;
