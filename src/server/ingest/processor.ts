// Turns pending inbox entries into projection changes, in arrival order, a batch per
// transaction: the entry is marked processed in the same transaction that applies it, so a
// crash never applies a notification twice nor skips one.

import type { NotificationRefresh } from '../../shared/docplanner/notification.ts';
import { clinicTimeWords } from '../../shared/domain/clinic-time-words.ts';
import { untrustedText } from '../log/untrusted-text.ts';
import type { Logger } from '../logger.ts';
import { applyObservations } from '../projection/apply-observations.ts';
import {
  interpretNotification,
  type TimeWords,
} from '../projection/observations-from-notification.ts';
import type { InboxEntry } from '../store/inbox-table.ts';
import { isStorageUnavailable } from '../store/storage-errors.ts';
import type { Store } from '../store/store.ts';
import { readNotificationBody } from './notification-body.ts';

export interface ProcessorOptions {
  store: Store;
  logger: Logger;
  /** Called after a batch that changed bookings has been committed. */
  onChanged: () => void;
  /**
   * Called after commit, once per batch, for what notifications not about bookings made stale:
   * the clinic's structure (address services, addresses) or the doctors' breaks.
   */
  onRefresh?: (what: NotificationRefresh) => void;
  /**
   * Called after commit for each booking a notification named without its patient
   * (`patient: null`) and that we know no patient of: read it from Docplanner.
   */
  onPatientMissing?: (bookingId: string) => void;
  /** The clinic's zone, for times written in the history; ISO when not given. */
  timeZone?: string;
  batchSize?: number;
  /**
   * Told when a batch could not be committed; true when the disk refused it (then processing
   * waits until `schedule()` is called again, on recovery). Any other failure is retried soon.
   */
  onWriteFailed?: (error: unknown) => boolean;
  retryAfterMs?: number;
  /**
   * True while acknowledgements are waiting for their commit (the inbox writer has bodies
   * queued). Scheduled processing lets them go first, so that a burst of webhooks is not held
   * up by the agenda's projection on the same thread — for at most `maxLagMs` since it first
   * gave way; then one batch is processed anyway, and it gives way again.
   */
  busy?: () => boolean;
  maxLagMs?: number;
}

async function outcomeOf(
  store: Store,
  entry: InboxEntry,
  nowIso: string,
  logger: Logger,
  refreshes: Set<NotificationRefresh>,
  words: TimeWords,
  patientMissing: Set<string>,
): Promise<string> {
  const read = readNotificationBody(entry.body);
  if (!read.ok) {
    await store.inbox.deadLetter(entry.source, read.reason, entry.body, entry.receivedAt);
    return `dead-letter: ${read.reason}`;
  }
  const interpretation = interpretNotification(read, words);
  switch (interpretation.kind) {
    case 'bookings': {
      for (const line of interpretation.history) await store.history.addObserved(line);
      const changed = await applyObservations(store, interpretation.observations, nowIso);
      for (const observation of interpretation.observations) {
        if (!observation.patientMissing) continue;
        const patient = (await store.bookings.get(observation.id))?.details.patient;
        if (!patient?.name && !patient?.surname) patientMissing.add(observation.id);
      }
      return changed > 0 ? `applied ${interpretation.event}` : `unchanged ${interpretation.event}`;
    }
    case 'other':
      if (interpretation.refreshes) refreshes.add(interpretation.refreshes);
      return `kept ${interpretation.event}`;
    case 'unknown':
      logger.warn(
        { inboxId: entry.id, event: untrustedText(interpretation.event) },
        'unknown notification kept',
      );
      return `unknown ${untrustedText(interpretation.event)}`;
    case 'invalid':
      logger.warn(
        { inboxId: entry.id, event: untrustedText(interpretation.event) },
        'unreadable notification',
      );
      await store.inbox.deadLetter(
        entry.source,
        interpretation.reason,
        entry.body,
        entry.receivedAt,
      );
      return `dead-letter: unreadable ${untrustedText(interpretation.event)}`;
  }
}

/** An entry of a batch applied straight through failed: the batch goes again, guarded. */
class EntryFailed extends Error {
  constructor(cause: unknown) {
    super('a notification of the batch failed', { cause });
  }
}

export function createProcessor(options: ProcessorOptions) {
  const batchSize = options.batchSize ?? 250;
  const { timeZone } = options;
  const words: TimeWords = timeZone ? (iso) => clinicTimeWords(iso, timeZone) : (iso) => iso;
  const { store, logger } = options;
  let scheduled = false;

  /**
   * Processes one batch of what is pending, in one transaction; returns how many entries. The
   * batch is read under the inbox's processing lock (PostgreSQL: one instance at a time), so an
   * entry is applied once whichever instance received it. It is first applied straight through;
   * should one entry fail (a bug, not the store), that is undone whole and the batch applied
   * again with each entry in a savepoint of its own, the failing one parked. (Two savepoint
   * statements per entry are a fifth of the processing's round trips on PostgreSQL.)
   */
  async function processBatch(): Promise<number> {
    try {
      return await applyBatch(false);
    } catch (error) {
      if (!(error instanceof EntryFailed)) throw error;
      return applyBatch(true);
    }
  }

  async function applyBatch(guarded: boolean): Promise<number> {
    const refreshes = new Set<NotificationRefresh>();
    const patientMissing = new Set<string>();
    const outcome = (entry: InboxEntry, nowIso: string) =>
      outcomeOf(store, entry, nowIso, logger, refreshes, words, patientMissing);
    const { count, changed } = await store.transaction(async () => {
      await store.inbox.lockForProcessing();
      const entries = await store.inbox.pending(batchSize);
      if (entries.length === 0) return { count: 0, changed: false };
      const before = await store.changes.latestSeq();
      const nowIso = new Date().toISOString();
      const outcomes: { id: number; outcome: string }[] = [];
      for (const entry of entries) {
        try {
          outcomes.push({
            id: entry.id,
            outcome: guarded
              ? await store.sql.savepoint(() => outcome(entry, nowIso))
              : await outcome(entry, nowIso),
          });
        } catch (error) {
          // A full disk or a lost database is not the entry's fault, and the whole batch is
          // rolled back: stop, leaving every entry pending. (Going on would mark this one
          // processed outside any transaction, and its notification would be lost.)
          if (isStorageUnavailable(error) || !store.sql.inTransaction()) throw error;
          if (!guarded) throw new EntryFailed(error);
          // A bug must not stop the worker: what the entry wrote is undone; park it, go on.
          logger.error({ err: error, inboxId: entry.id }, 'failed to process a notification');
          outcomes.push({ id: entry.id, outcome: 'error' });
        }
      }
      // In the same transaction as what they applied: all of it is kept, or none.
      await store.inbox.markAllProcessed(outcomes, nowIso);
      return { count: entries.length, changed: (await store.changes.latestSeq()) !== before };
    });
    if (changed) options.onChanged();
    for (const what of refreshes) options.onRefresh?.(what);
    for (const bookingId of patientMissing) options.onPatientMissing?.(bookingId);
    return count;
  }

  /** One batch at a time in this process, whoever asks (a scheduled turn, a stop). */
  let previous: Promise<unknown> = Promise.resolve();
  function nextBatch(): Promise<number> {
    const batch = previous.then(processBatch, processBatch);
    previous = batch.catch(() => {});
    return batch;
  }

  /** Processes everything pending now; returns how many entries were processed. */
  async function processPending(): Promise<number> {
    let total = 0;
    for (let processed = await nextBatch(); processed > 0; processed = await nextBatch()) {
      total += processed;
    }
    return total;
  }

  const maxLagMs = options.maxLagMs ?? 200;
  /** Since when scheduled processing has been giving way to acknowledgements, if it is. */
  let givingWaySince: number | null = null;

  /** One scheduled turn: a batch, unless acknowledgements go first; then the next turn. */
  async function turn(): Promise<void> {
    scheduled = false;
    if (options.busy?.()) {
      const now = performance.now();
      givingWaySince ??= now;
      if (now - givingWaySince < maxLagMs) {
        // After the commit queued in this turn: the next turn looks again.
        scheduled = true;
        setImmediate(turn);
        return;
      }
    }
    givingWaySince = null;
    let processed: number;
    try {
      processed = await nextBatch();
    } catch (error) {
      // Nothing was lost: the batch is still pending in the inbox (its transaction rolled
      // back). A full disk waits for space (the storage status schedules again); anything
      // else is tried again in a moment.
      if (options.onWriteFailed?.(error)) return;
      logger.error({ err: error }, 'could not process the inbox; trying again shortly');
      setTimeout(() => schedule(), options.retryAfterMs ?? 1_000).unref();
      return;
    }
    // A full batch may have left more: the next one in a later turn, so that webhooks that
    // arrived meanwhile are acknowledged in between. (What is written later schedules anew.)
    if (processed === batchSize) schedule();
  }

  /**
   * Processes soon, once, however many times it is asked before it runs: a batch per turn of
   * the event loop, giving way to acknowledgements waiting for their commit (see `busy`).
   */
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  }

  return {
    processPending,
    /** Processes soon, once, however many times it is asked before it runs. */
    schedule,
  };
}
export type Processor = ReturnType<typeof createProcessor>;
