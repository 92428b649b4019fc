// Server-side sessions. The browser holds a random token in an httpOnly cookie; only its SHA-256
// is stored, so a copy of the database does not let anyone sign in.
import { createHash, randomBytes } from 'node:crypto';
import type { SqlClient } from './sql/sql-client.ts';
import { type User, type UserRow, userFromRow } from './users-table.ts';

export interface Session {
  userId: number;
  csrfToken: string;
  createdMs: number;
  lastSeenMs: number;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function createSessionsTable(sql: SqlClient) {
  return {
    /** Opens a session; returns the token for the cookie (never stored as such). */
    async open(userId: number, nowMs: number): Promise<{ token: string; csrfToken: string }> {
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      await sql.run(
        'INSERT INTO sessions (token_hash, user_id, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
        [hashToken(token), userId, csrfToken, nowMs, nowMs],
      );
      return { token, csrfToken };
    },
    async find(token: string): Promise<Session | undefined> {
      const row = await sql.get<{
        user_id: number;
        csrf_token: string;
        created_ms: number;
        last_seen_ms: number;
      }>(
        'SELECT user_id, csrf_token, created_ms, last_seen_ms FROM sessions WHERE token_hash = ?',
        [hashToken(token)],
      );
      return row
        ? {
            userId: row.user_id,
            csrfToken: row.csrf_token,
            createdMs: row.created_ms,
            lastSeenMs: row.last_seen_ms,
          }
        : undefined;
    },
    /**
     * The session and its user in one query (every request asks: one round trip, not two). A
     * session whose user is gone reads as none.
     */
    async findWithUser(token: string): Promise<{ session: Session; user: User } | undefined> {
      const row = await sql.get<
        UserRow & { csrf_token: string; session_created_ms: number; last_seen_ms: number }
      >(
        `SELECT users.*, sessions.csrf_token, sessions.created_ms AS session_created_ms,
                sessions.last_seen_ms
           FROM sessions JOIN users ON users.id = sessions.user_id
          WHERE sessions.token_hash = ?`,
        [hashToken(token)],
      );
      if (!row) return undefined;
      const user = userFromRow(row);
      return {
        session: {
          userId: user.id,
          csrfToken: row.csrf_token,
          createdMs: row.session_created_ms,
          lastSeenMs: row.last_seen_ms,
        },
        user,
      };
    },
    async touch(token: string, nowMs: number): Promise<void> {
      await sql.run('UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?', [
        nowMs,
        hashToken(token),
      ]);
    },
    async close(token: string): Promise<void> {
      await sql.run('DELETE FROM sessions WHERE token_hash = ?', [hashToken(token)]);
    },
    async closeAllOf(userId: number): Promise<void> {
      await sql.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
    },
    async closeIdle(olderThanMs: number): Promise<void> {
      await sql.run('DELETE FROM sessions WHERE last_seen_ms < ?', [olderThanMs]);
    },
  };
}
