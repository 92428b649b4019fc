// Timers that must fire once whichever instance reaches them first (a payment window's check at
// its end): the first to claim a timer fires it; a claim whose instance stopped before it said
// done can be taken again once it is stale, so a crash delays the timer but never drops it.
import type { SqlClient } from './sql/sql-client.ts';

export function createTimerClaimsTable(sql: SqlClient) {
  return {
    /** True when the caller now holds the timer: nobody had claimed it, or that claim went stale. */
    async claim(timerId: string, nowMs: number, staleBeforeMs: number): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO timer_claims (timer_id, claimed_ms) VALUES (?, ?)
         ON CONFLICT (timer_id) DO UPDATE SET claimed_ms = excluded.claimed_ms
           WHERE timer_claims.done = 0 AND timer_claims.claimed_ms < ?`,
        [timerId, nowMs, staleBeforeMs],
      );
      return changed === 1;
    },
    /** The timer fired: nobody fires it again. */
    async done(timerId: string): Promise<void> {
      await sql.run('UPDATE timer_claims SET done = 1 WHERE timer_id = ?', [timerId]);
    },
    /** The timer could not fire: the next to reach it fires it. */
    async release(timerId: string): Promise<void> {
      await sql.run('DELETE FROM timer_claims WHERE timer_id = ? AND done = 0', [timerId]);
    },
    /** Forgets claims made before `beforeMs` (their timers are long past). */
    async expire(beforeMs: number): Promise<number> {
      return sql.run('DELETE FROM timer_claims WHERE claimed_ms < ?', [beforeMs]);
    },
  };
}
