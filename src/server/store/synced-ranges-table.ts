// When each address's day was last read from Docplanner, so that the agenda re-reads a range
// only when it has not been synced recently.
import type { Database } from './database.ts';

export function createSyncedRangesTable(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO synced_ranges (address_id, day, synced_at_ms) VALUES (?, ?, ?)
     ON CONFLICT (address_id, day) DO UPDATE SET synced_at_ms = excluded.synced_at_ms`,
  );
  const select = db.prepare(
    'SELECT synced_at_ms FROM synced_ranges WHERE address_id = ? AND day = ?',
  );
  const clear = db.prepare('DELETE FROM synced_ranges');
  return {
    /** Forget every sync time: the next read of each range goes to Docplanner. */
    forgetAll(): void {
      clear.run();
    },
    mark(addressId: string, days: readonly string[], atMs: number): void {
      for (const day of days) upsert.run(addressId, day, atMs);
    },
    /** The oldest sync time over these days; null when any day was never synced. */
    oldestSync(addressId: string, days: readonly string[]): number | null {
      let oldest = Number.POSITIVE_INFINITY;
      for (const day of days) {
        const row = select.get(addressId, day) as { synced_at_ms: number } | undefined;
        if (!row) return null;
        oldest = Math.min(oldest, row.synced_at_ms);
      }
      return Number.isFinite(oldest) ? oldest : null;
    },
  };
}
