// The agenda for one range, from the projection. The range is re-read from Docplanner first
// when it has not been synced recently; if Docplanner does not answer, the agenda still loads
// from what the server kept and says how old it is.
import { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaDoctor, ParsedAgendaQuery } from '../../shared/api/agenda.ts';
import type { Visit } from '../../shared/api/visit.ts';
import type { Logger } from '../logger.ts';
import type { BookingRecord } from '../projection/booking-record.ts';
import { settingDefaults } from '../settings-defaults.ts';
import { isStorageUnavailable } from '../store/storage-errors.ts';
import type { Store } from '../store/store.ts';
import type { FacilityDirectory, FacilityDirectoryReader } from './facility-directory.ts';
import type { RangeSync } from './range-sync.ts';
import { sharedFreshReads } from './shared-fresh-reads.ts';
import { visitFromRecord } from './visit-from-record.ts';

export interface AgendaReaderOptions {
  store: Store;
  directory: FacilityDirectoryReader;
  rangeSync: RangeSync;
  logger: Logger;
  dataSource: Agenda['dataSource'];
  timeZone: string;
  allowHttpVideoLinks: boolean;
  onRefusedVideoLink?: (bookingId: string, reason: string) => void;
  /**
   * How long an agenda request waits for Docplanner before answering from what the server kept
   * (the sync goes on, and its changes reach the browser over the live stream).
   */
  syncWaitMs?: number;
  now?: () => number;
}

const slow = Symbol('slow');

/** Ranges whose answer is kept ready (a clinic looks at a few weeks at a time). */
const cachedRanges = 24;

interface CachedAgenda {
  agenda: Agenda;
  /** Valid while nothing changed: no new change, same directory, same sync state. */
  seq: number;
  directory: FacilityDirectory;
  syncedAt: number | null;
}

export function createAgendaReader(options: AgendaReaderOptions) {
  const { store, timeZone } = options;
  const now = options.now ?? Date.now;
  // The same answer serves every reader of a range until something changes: a busy reception
  // desk with many screens costs one read of the store per change, not one per request.
  const cache = new Map<string, CachedAgenda>();
  const latestSeq = sharedFreshReads(() => store.changes.latestSeq());

  function clockTime(epochMs: number): string {
    const time = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
    return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  }

  function contextFor(directory: FacilityDirectory) {
    const addresses = new Map(directory.addresses.map((address) => [address.id, address]));
    return (addressId: string) => ({
      address: addresses.get(addressId),
      onlineConsultationServiceIds: directory.onlineConsultationServiceIds,
      serviceNames: directory.serviceNames,
      serviceOnline: directory.serviceOnline,
      allowHttpVideoLinks: options.allowHttpVideoLinks,
      ...(options.onRefusedVideoLink ? { onRefusedVideoLink: options.onRefusedVideoLink } : {}),
    });
  }

  function staleMessage(failure: unknown, syncedAt: number | null): string | null {
    if (failure === undefined) return null;
    const since = syncedAt === null ? null : clockTime(syncedAt);
    if (failure === slow) {
      return since === null
        ? 'Docplanner is slow to answer; visits will appear as they arrive.'
        : `Docplanner is slow to answer; showing data from ${since}. Updates will appear as they arrive.`;
    }
    if (isStorageUnavailable(failure)) {
      return since === null
        ? 'The agenda server’s disk is full, so this range could not be loaded. Ask your IT contact to free space on the server.'
        : `The agenda server’s disk is full, so new changes cannot be saved; showing data from ${since}. Ask your IT contact to free space on the server.`;
    }
    return since === null
      ? 'Docplanner did not answer and this range has not been loaded before. Try again in a moment.'
      : `Docplanner did not answer; showing data from ${since}. Try again in a moment.`;
  }

  return {
    /** One visit of the facility in its current state, or null. */
    async visit(bookingId: string): Promise<Visit | null> {
      const record = await store.bookings.get(bookingId);
      if (!record) return null;
      const directory = await options.directory.get();
      if (record.facilityId !== directory.facility.id) return null;
      return visitFromRecord(record, contextFor(directory)(record.addressId));
    },

    /**
     * Kept bookings of the facility, chosen by `select` (given the facility's id), as the agenda
     * shows them, with the facility's doctors (the patient search).
     */
    async findVisits(
      select: (facilityId: string) => Promise<readonly BookingRecord[]>,
    ): Promise<{ visits: Visit[]; doctors: AgendaDoctor[] }> {
      const directory = await options.directory.get();
      const context = contextFor(directory);
      const visits = (await select(directory.facility.id)).map((record) =>
        visitFromRecord(record, context(record.addressId)),
      );
      return { visits, doctors: directory.doctors };
    },

    async read(query: ParsedAgendaQuery): Promise<Agenda> {
      const directory = await options.directory.get();
      const fromMs = Date.parse(query.from);
      const toMs = Date.parse(query.to);

      let failure: unknown;
      let timer: NodeJS.Timeout | undefined;
      // A range synced recently has nothing to wait for (most requests): no race, no timer.
      const sync = options.rangeSync.ensure(directory, fromMs, toMs, query.refresh);
      if (sync) {
        try {
          const outcome = await Promise.race([
            sync,
            new Promise<typeof slow>((resolve) => {
              timer = setTimeout(
                () => resolve(slow),
                options.syncWaitMs ?? settingDefaults.readDeadlineMs,
              );
            }),
          ]);
          if (outcome === slow) {
            failure = slow;
            sync.catch((error: unknown) =>
              options.logger.warn({ err: String(error) }, 'background sync of the range failed'),
            );
          }
        } catch (error) {
          failure = error;
          options.logger.warn(
            { err: String(error) },
            'could not sync the range; serving kept data',
          );
        } finally {
          clearTimeout(timer);
        }
      }
      const syncedAt = options.rangeSync.syncedAt(directory, fromMs, toMs);
      const key = `${query.from}|${query.to}`;
      const seq = await latestSeq();
      const hit = cache.get(key);
      if (
        failure === undefined &&
        hit &&
        hit.seq === seq &&
        hit.directory === directory &&
        hit.syncedAt === syncedAt
      ) {
        return hit.agenda;
      }
      const context = contextFor(directory);
      const visits = (await store.bookings.inRange(directory.facility.id, fromMs, toMs)).map(
        (record) => visitFromRecord(record, context(record.addressId)),
      );

      const agenda: Agenda = {
        facility: { ...directory.facility, timeZone },
        dataSource: options.dataSource,
        from: query.from,
        to: query.to,
        doctors: directory.doctors,
        addresses: directory.addresses,
        visits,
        fetchedAt: new Date(now()).toISOString(),
        sync: {
          stale: failure !== undefined,
          syncedAt: syncedAt === null ? null : new Date(syncedAt).toISOString(),
          message: staleMessage(failure, syncedAt),
        },
        // The rows were read after change `seq`: every later change reaches the browser live.
        liveCursor: seq,
      };
      if (failure === undefined) {
        cache.delete(key);
        cache.set(key, { agenda, seq, directory, syncedAt });
        if (cache.size > cachedRanges) cache.delete(cache.keys().next().value as string);
      }
      return agenda;
    },
  };
}
export type AgendaReader = ReturnType<typeof createAgendaReader>;
