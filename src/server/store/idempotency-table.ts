// Idempotency keys of the writes: per user, the request's fingerprint, and once it finished, the
// answer to replay. A key whose first request is still running is `running`.
import type { SqlClient } from './sql/sql-client.ts';

export interface StoredAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

export type KeyEntry =
  | { state: 'running'; fingerprint: string; createdMs: number }
  | ({ state: 'done'; fingerprint: string; createdMs: number } & StoredAnswer);

interface KeyRow {
  fingerprint: string;
  state: 'running' | 'done';
  status: number | null;
  content_type: string | null;
  body: string | null;
  created_ms: number;
}

export function createIdempotencyTable(sql: SqlClient) {
  return {
    async get(userId: number, key: string): Promise<KeyEntry | undefined> {
      const row = await sql.get<KeyRow>(
        'SELECT fingerprint, state, status, content_type, body, created_ms FROM idempotency_keys WHERE user_id = ? AND key = ?',
        [userId, key],
      );
      if (!row) return undefined;
      if (row.state === 'running') {
        return { state: 'running', fingerprint: row.fingerprint, createdMs: row.created_ms };
      }
      return {
        state: 'done',
        fingerprint: row.fingerprint,
        createdMs: row.created_ms,
        status: row.status ?? 200,
        contentType: row.content_type,
        body: row.body ?? '',
      };
    },
    /** True when this request now holds the key (it was free). */
    async claim(userId: number, key: string, fingerprint: string, nowMs: number): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO idempotency_keys (user_id, key, fingerprint, state, created_ms)
         VALUES (?, ?, ?, 'running', ?)
         ON CONFLICT (user_id, key) DO NOTHING`,
        [userId, key, fingerprint, nowMs],
      );
      return changed === 1;
    },
    /** Takes a key left `running` since before `staleBeforeMs` (a crash mid-request). */
    async takeOverStale(
      userId: number,
      key: string,
      fingerprint: string,
      nowMs: number,
      staleBeforeMs: number,
    ): Promise<boolean> {
      const changed = await sql.run(
        `UPDATE idempotency_keys SET fingerprint = ?, created_ms = ?
           WHERE user_id = ? AND key = ? AND state = 'running' AND created_ms < ?`,
        [fingerprint, nowMs, userId, key, staleBeforeMs],
      );
      return changed === 1;
    },
    async finish(userId: number, key: string, answer: StoredAnswer): Promise<void> {
      await sql.run(
        `UPDATE idempotency_keys SET state = 'done', status = ?, content_type = ?, body = ?
           WHERE user_id = ? AND key = ?`,
        [answer.status, answer.contentType, answer.body, userId, key],
      );
    },
    /** Frees the key: the next request with it acts again. */
    async release(userId: number, key: string): Promise<void> {
      await sql.run('DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?', [userId, key]);
    },
    async pruneOlderThan(ms: number): Promise<void> {
      await sql.run('DELETE FROM idempotency_keys WHERE created_ms < ?', [ms]);
    },
  };
}
export type IdempotencyTable = ReturnType<typeof createIdempotencyTable>;
