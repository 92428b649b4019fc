// Server-side sessions. The browser holds a random token in an httpOnly cookie; only its SHA-256
// is stored, so a copy of the database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from './database.ts';

export interface Session {
  userId: number;
  csrfToken: string;
  createdMs: number;
  lastSeenMs: number;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function createSessionsTable(db: Database) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT user_id, csrf_token, created_ms, last_seen_ms FROM sessions WHERE token_hash = ?',
  );
  const touch = db.prepare('UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  const removeIdle = db.prepare('DELETE FROM sessions WHERE last_seen_ms < ?');

  return {
    /** Opens a session; returns the token for the cookie (never stored as such). */
    open(userId: number, nowMs: number): { token: string; csrfToken: string } {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      insert.run(hashToken(token), userId, csrfToken, nowMs, nowMs);
      return { token, csrfToken };
    },
    find(token: string): Session | undefined {
      const row = select.get(hashToken(token)) as
        | { user_id: number; csrf_token: string; created_ms: number; last_seen_ms: number }
        | undefined;
      return row
        ? {
            userId: row.user_id,
            csrfToken: row.csrf_token,
            createdMs: row.created_ms,
            lastSeenMs: row.last_seen_ms,
          }
        : undefined;
    },
    touch(token: string, nowMs: number): void {
      touch.run(nowMs, hashToken(token));
    },
    close(token: string): void {
      remove.run(hashToken(token));
    },
    closeAllOf(userId: number): void {
      removeUser.run(userId);
    },
    closeIdle(olderThanMs: number): void {
      removeIdle.run(olderThanMs);
    },
  };
}
