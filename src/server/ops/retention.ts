// What the BFF keeps, it keeps for a while only: dead letters and processed inbox entries older
// than the retention (DEAD_LETTER_RETENTION_DAYS, 14 by default) are deleted once an hour. An
// entry still waiting to be processed is never deleted, however old.
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';

export interface RetentionOptions {
  store: Store;
  logger: Logger;
  retentionMs: number;
  everyMs?: number;
  now?: () => number;
  /** Told of a sweep the disk refused (it is tried again at the next one). */
  onWriteFailed?: (error: unknown) => boolean;
}

export function createRetention(options: RetentionOptions) {
  const { store, logger } = options;
  const now = options.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;

  async function sweep(): Promise<{ deadLetters: number; inbox: number } | null> {
    const beforeIso = new Date(now() - options.retentionMs).toISOString();
    try {
      const deleted = await store.transaction(async () => {
        // Fired timers' claims too: their timers are long past.
        await store.timerClaims.expire(Date.parse(beforeIso));
        return {
          deadLetters: await store.deadLetters.expire(beforeIso),
          inbox: await store.inbox.expireProcessed(beforeIso),
        };
      });
      if (deleted.deadLetters + deleted.inbox > 0) {
        logger.info({ ...deleted, before: beforeIso }, 'retention: deleted what has outlived it');
      }
      return deleted;
    } catch (error) {
      if (!options.onWriteFailed?.(error)) {
        logger.error({ err: error }, 'retention: the sweep failed');
      }
      return null;
    }
  }

  return {
    sweep,
    start(): void {
      void sweep();
      timer = setInterval(() => void sweep(), options.everyMs ?? 60 * 60_000);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
