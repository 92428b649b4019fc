// Reconciliation: reads a range of bookings from Docplanner, address by address, and folds them
// into the projection like any other observation. Notifications keep the projection current;
// this catches whatever they could not (first start, a lost push, a long outage).
import type { Logger } from '../logger.ts';
import { applyObservations } from '../projection/apply-observations.ts';
import { settingDefaults } from '../settings-defaults.ts';
import type { Store } from '../store/store.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { daysInRange, inZone } from './days-in-range.ts';
import type { FacilityDirectory } from './facility-directory.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { observationFromBooking } from './observation-from-booking.ts';
import { createSyncedRanges } from './synced-ranges.ts';

export interface RangeSyncOptions {
  api: DocplannerApi;
  store: Store;
  logger: Logger;
  timeZone: string;
  /** A range synced more recently than this is not read again unless forced. */
  maxAgeMs: number;
  /** Called after a sync that changed bookings has been committed. */
  onChanged: () => void;
  now?: () => number;
  /**
   * A read waits this long for its sync (the agenda's own deadline). A sync still running after
   * it (a request hung on a Docplanner that has since come back) is not joined: the next read
   * starts another, so that answers are fresh again as soon as Docplanner is.
   */
  hedgeAfterMs?: number;
  /** A monotonic clock for the age of a running sync (not Docplanner's time, which can jump). */
  elapsedMs?: () => number;
}

/** Requests to Docplanner in flight at once for one sync. */
const upstreamConcurrency = 4;

export function createRangeSync(options: RangeSyncOptions) {
  const { api, store, timeZone } = options;
  const now = options.now ?? Date.now;
  const elapsedMs = options.elapsedMs ?? (() => performance.now());
  const hedgeAfterMs = options.hedgeAfterMs ?? settingDefaults.readDeadlineMs;
  const synced = createSyncedRanges();
  const inFlight = new Map<string, { running: Promise<void>; startedMs: number }>();
  /** Syncs of each range under way: the newest (in `inFlight`) and any it hedged. */
  const running = new Map<string, number>();
  // Sync times change only when this module syncs: remember answers until it does.
  let generation = 0;
  const answers = new Map<
    string,
    { generation: number; directory: FacilityDirectory; at: number | null }
  >();

  function syncedAt(directory: FacilityDirectory, fromMs: number, toMs: number): number | null {
    const key = `${fromMs}:${toMs}`;
    const known = answers.get(key);
    if (known && known.generation === generation && known.directory === directory) return known.at;
    const at = readSyncedAt(directory, fromMs, toMs);
    if (answers.size > 256) answers.clear();
    answers.set(key, { generation, directory, at });
    return at;
  }

  /** The oldest sync time of the range over all addresses; null if any part never synced. */
  function readSyncedAt(directory: FacilityDirectory, fromMs: number, toMs: number): number | null {
    const days = daysInRange(fromMs, toMs, timeZone);
    let oldest = Number.POSITIVE_INFINITY;
    for (const address of directory.addresses) {
      const at = synced.oldestSync(address.id, days);
      if (at === null) return null;
      oldest = Math.min(oldest, at);
    }
    return Number.isFinite(oldest) ? oldest : null;
  }

  async function syncNow(directory: FacilityDirectory, fromMs: number, toMs: number) {
    const facilityId = directory.facility.id;
    const start = inZone(fromMs, timeZone);
    const end = inZone(toMs, timeZone);
    const readAtMs = now();
    const perAddress = await mapWithConcurrency(
      directory.addresses,
      upstreamConcurrency,
      async (address) => {
        const place = { facilityId, doctorId: address.doctorId, addressId: address.id };
        const bookings = await api.getBookings(place, start, end);
        return bookings.map((booking) => ({ address, place, booking }));
      },
    );
    const found = perAddress.flat();
    // The list no longer promises video links (deprecated in 1.0.39): read the booking itself
    // for online visits we do not have a link for yet. A link never changes once issued.
    const needLink: typeof found = [];
    for (const candidate of found) {
      const { address, booking } = candidate;
      if (!address.isOnlineOnly || booking.videocall_url || booking.status !== 'booked') continue;
      if (!(await store.bookings.get(booking.id))?.videocallUrl) needLink.push(candidate);
    }
    const links = new Map<string, string | null>();
    await mapWithConcurrency(needLink, upstreamConcurrency, async ({ place, booking }) => {
      links.set(booking.id, (await api.getBooking(place, booking.id)).videocall_url ?? null);
    });
    const observations = found.map(({ place, booking }) =>
      observationFromBooking(
        { ...booking, videocall_url: booking.videocall_url ?? links.get(booking.id) ?? null },
        place,
        readAtMs,
      ),
    );
    const days = daysInRange(fromMs, toMs, timeZone);
    const changed = await store.transaction(() =>
      applyObservations(store, observations, new Date(readAtMs).toISOString()),
    );
    for (const address of directory.addresses) synced.mark(address.id, days, readAtMs);
    generation++;
    options.logger.debug({ start, end, bookings: found.length, changed }, 'range synced');
    if (changed > 0) options.onChanged();
  }

  /** Whether the range was synced within maxAgeMs: nothing to read from Docplanner. */
  function fresh(directory: FacilityDirectory, fromMs: number, toMs: number): boolean {
    const last = syncedAt(directory, fromMs, toMs);
    return last !== null && now() - last < options.maxAgeMs;
  }

  return {
    syncedAt,
    /**
     * Reads the range from Docplanner unless it was synced within maxAgeMs (or `force`). A sync of
     * the same range already under way is joined, unless it has outlived `hedgeAfterMs`. Null
     * when the range is fresh: nothing to wait for (no timer, no race for the caller).
     */
    ensure(
      directory: FacilityDirectory,
      fromMs: number,
      toMs: number,
      force: boolean,
    ): Promise<void> | null {
      if (!force && fresh(directory, fromMs, toMs)) return null;
      const key = `${fromMs}:${toMs}`;
      const joined = inFlight.get(key);
      // One hedge at a time: while Docplanner stays down, a range costs at most two syncs.
      if (
        joined &&
        (elapsedMs() - joined.startedMs <= hedgeAfterMs || (running.get(key) ?? 0) >= 2)
      ) {
        return joined.running;
      }
      running.set(key, (running.get(key) ?? 0) + 1);
      const entry = {
        startedMs: elapsedMs(),
        running: syncNow(directory, fromMs, toMs).finally(() => {
          const left = (running.get(key) ?? 1) - 1;
          if (left === 0) running.delete(key);
          else running.set(key, left);
          // The sync it replaced goes on until its own timeout; the newest one stays joinable.
          if (inFlight.get(key) === entry) inFlight.delete(key);
        }),
      };
      inFlight.set(key, entry);
      return entry.running;
    },
  };
}
export type RangeSync = ReturnType<typeof createRangeSync>;
