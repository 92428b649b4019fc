// Idempotency keys of the writes: per user, the request's fingerprint, and once it finished, the
// answer to replay. A key whose first request is still running is `running`.
import type { Database } from './database.ts';

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

export function createIdempotencyTable(db: Database) {
  const select = db.prepare(
    'SELECT fingerprint, state, status, content_type, body, created_ms FROM idempotency_keys WHERE user_id = ? AND key = ?',
  );
  const claim = db.prepare(
    `INSERT INTO idempotency_keys (user_id, key, fingerprint, state, created_ms)
     VALUES (?, ?, ?, 'running', ?)
     ON CONFLICT (user_id, key) DO NOTHING`,
  );
  const takeOver = db.prepare(
    `UPDATE idempotency_keys SET fingerprint = ?, created_ms = ?
       WHERE user_id = ? AND key = ? AND state = 'running' AND created_ms < ?`,
  );
  const finish = db.prepare(
    `UPDATE idempotency_keys SET state = 'done', status = ?, content_type = ?, body = ?
       WHERE user_id = ? AND key = ?`,
  );
  const release = db.prepare('DELETE FROM idempotency_keys WHERE user_id = ? AND key = ?');
  const prune = db.prepare('DELETE FROM idempotency_keys WHERE created_ms < ?');

  return {
    get(userId: number, key: string): KeyEntry | undefined {
      const row = select.get(userId, key) as KeyRow | undefined;
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
    claim(userId: number, key: string, fingerprint: string, nowMs: number): boolean {
      return Number(claim.run(userId, key, fingerprint, nowMs).changes) === 1;
    },
    /** Takes a key left `running` since before `staleBeforeMs` (a crash mid-request). */
    takeOverStale(
      userId: number,
      key: string,
      fingerprint: string,
      nowMs: number,
      staleBeforeMs: number,
    ): boolean {
      return Number(takeOver.run(fingerprint, nowMs, userId, key, staleBeforeMs).changes) === 1;
    },
    finish(userId: number, key: string, answer: StoredAnswer): void {
      finish.run(answer.status, answer.contentType, answer.body, userId, key);
    },
    /** Frees the key: the next request with it acts again. */
    release(userId: number, key: string): void {
      release.run(userId, key);
    },
    pruneOlderThan(ms: number): void {
      prune.run(ms);
    },
  };
}
export type IdempotencyTable = ReturnType<typeof createIdempotencyTable>;
