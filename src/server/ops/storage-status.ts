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

/** What is wrong when writes fail, in the words of an answer: the disk, or the database server. */
export function storageTroubleOf(dialect: 'sqlite' | 'postgres'): string {
  return dialect === 'postgres' ? 'its database cannot be reached' : 'its disk is full';
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
  let failingSince: number | null = null;
  let timer: NodeJS.Timeout | undefined;

  function startProbing() {
    if (timer) return;
    timer = setInterval(() => void probe(), probeEveryMs);
    timer.unref();
  }

  function recovered() {
    if (failingSince === null) return;
    const seconds = Math.round((now() - failingSince) / 1000);
    failingSince = null;
    clearInterval(timer);
    timer = undefined;
    logger.warn({ seconds }, 'storage: writes work again; notifications are stored again');
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
        store.dialect === 'postgres'
          ? 'storage: the database cannot be reached or refuses writes; refusing notifications with 503 until it is back'
          : 'storage: the disk is full or failing; serving what is kept, refusing notifications with 503 until space returns',
      );
      startProbing();
    }
    return true;
  }

  let probing: Promise<boolean> | undefined;
  /** One write of the probe row (room for a large notification, then none). */
  function probe(): Promise<boolean> {
    probing ??= probeOnce().finally(() => {
      probing = undefined;
    });
    return probing;
  }
  async function probeOnce(): Promise<boolean> {
    try {
      await store.storageProbe.write(probeBytes);
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
    /** What is wrong while writes fail, for the answers' words. */
    trouble: storageTroubleOf(store.dialect),
    /** Runs `work` (a write); a storage failure is reported and rethrown. */
    async guard<Result>(work: () => Promise<Result>): Promise<Result> {
      try {
        return await work();
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
