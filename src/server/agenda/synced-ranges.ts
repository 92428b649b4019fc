// When each address's day was last read from Docplanner in this run of the server, so that the
// agenda re-reads a range only when it has not been synced recently. Kept in memory on purpose:
// what happened while the server was down is only in Docplanner's bookings, so the first read
// of each range after a start must go there (and a start then writes nothing to disk).

export function createSyncedRanges() {
  const times = new Map<string, number>();
  const keyOf = (addressId: string, day: string) => `${addressId} ${day}`;
  return {
    mark(addressId: string, days: readonly string[], atMs: number): void {
      for (const day of days) times.set(keyOf(addressId, day), atMs);
    },
    /** The oldest sync time over these days; null when any day was never synced. */
    oldestSync(addressId: string, days: readonly string[]): number | null {
      let oldest = Number.POSITIVE_INFINITY;
      for (const day of days) {
        const at = times.get(keyOf(addressId, day));
        if (at === undefined) return null;
        oldest = Math.min(oldest, at);
      }
      return Number.isFinite(oldest) ? oldest : null;
    },
  };
}
export type SyncedRanges = ReturnType<typeof createSyncedRanges>;
