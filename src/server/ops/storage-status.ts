// Whether the server can write to its database right now. A full disk is reported by whichever
// write meets it; from then on a small probe write every few seconds tells when space is back.
// Each change of state is said once in the log, and the health report carries it.
import type { Logger } from '../logger.ts';
import { isStorageUnavailable, sqliteCode } from '../store/storage-errors.ts';
import type { Store } from '../store/store.ts';

export interface StorageState {
  writable: boolean;
  /** When writes started failing (ISO), while they do. */
  failingSince: string | null;
  /** The database is open for this process alone (the disk was full at start). */
  exclusive: boolean;
}

export interface StorageStatusOptions {
  store: Store;
  logger: Logger;
  /** Called once writes work again: whatever waited (the inbox) can go on. */
  onRecovered?: () => void;
  probeEveryMs?: number;
  now?: () => number;
}

/** Room the probe asks for: a quarter of a MiB, one large notification's worth. */
const probeBytes = 256 * 1024;

export function createStorageStatus(options: StorageStatusOptions) {
  const { store, logger } = options;
  const now = options.now ?? Date.now;
  const probeEveryMs = options.probeEveryMs ?? 5_000;
  const write = store.db.prepare(
    'INSERT INTO storage_probe (id, room) VALUES (1, zeroblob(?)) ON CONFLICT (id) DO UPDATE SET room = excluded.room',
  );
  let failingSince: number | null = null;
  let timer: NodeJS.Timeout | undefined;

  function startProbing() {
    if (timer) return;
    timer = setInterval(() => probe(), probeEveryMs);
    timer.unref();
  }

  function recovered() {
    if (failingSince === null) return;
    const seconds = Math.round((now() - failingSince) / 1000);
    failingSince = null;
    clearInterval(timer);
    timer = undefined;
    logger.warn(
      { seconds },
      'storage: the disk takes writes again; notifications are stored again',
    );
    options.onRecovered?.();
  }

  /**
   * Tells whether `error` is the disk refusing a write; if it is, the server is degraded from
   * now until a probe succeeds. Any other error is left to the caller.
   */
  function failed(error: unknown): boolean {
    if (!isStorageUnavailable(error)) return false;
    if (failingSince === null) {
      failingSince = now();
      logger.error(
        { err: String(error), sqliteCode: sqliteCode(error) },
        'storage: the disk is full or failing; serving what is kept, refusing notifications with 503 until space returns',
      );
      startProbing();
    }
    return true;
  }

  /** One write of the probe row (room for a large notification, then none). */
  function probe(): boolean {
    try {
      store.transaction(() => write.run(probeBytes));
      write.run(0);
      recovered();
      return true;
    } catch (error) {
      if (!failed(error)) logger.error({ err: error }, 'storage: the probe write failed');
      return false;
    }
  }

  return {
    failed,
    probe,
    /** Runs `work` (a write); a storage failure is reported and rethrown. */
    guard<Result>(work: () => Result): Result {
      try {
        return work();
      } catch (error) {
        failed(error);
        throw error;
      }
    },
    current(): StorageState {
      return {
        writable: failingSince === null,
        failingSince: failingSince === null ? null : new Date(failingSince).toISOString(),
        exclusive: store.exclusive,
      };
    },
    stop(): void {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
export type StorageStatus = ReturnType<typeof createStorageStatus>;
