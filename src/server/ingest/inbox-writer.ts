// Writes received notifications to the inbox durably before they are acknowledged. Bodies that
// arrive together are committed together (group commit): one fsync for many webhooks, which is
// what lets a small server take a burst of notifications.
import type { InboxSource } from '../store/inbox-table.ts';
import type { Store } from '../store/store.ts';

/** A received body that cannot be read, kept as a dead letter with why. */
export interface UnreadableBody {
  reason: string;
  body: string;
}

interface Pending {
  source: InboxSource;
  body: string;
  receivedAt: string;
  resolve: (id: number) => void;
  reject: (error: unknown) => void;
}

export function createInboxWriter(store: Store, onWritten: () => void) {
  let queue: Pending[] = [];
  let flushing = false;

  /** Commits what is queued; what arrives meanwhile is the next commit's. */
  async function flush() {
    flushing = true;
    const batch = queue;
    queue = [];
    try {
      const ids = await store.transaction(() => store.inbox.appendAll(batch));
      batch.forEach((item, index) => {
        item.resolve(ids[index] as number);
      });
      onWritten();
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      flushing = false;
      if (queue.length > 0) setImmediate(flush);
    }
  }

  return {
    /** How many bodies are waiting for their commit (their webhooks for their answer). */
    queued(): number {
      return queue.length;
    },
    /** Resolves with the inbox id once the body is on disk. */
    write(source: InboxSource, body: string): Promise<number> {
      return new Promise((resolve, reject) => {
        if (queue.length === 0 && !flushing) setImmediate(flush);
        queue.push({ source, body, receivedAt: new Date().toISOString(), resolve, reject });
      });
    },
    /**
     * Writes a batch at once (a pulled batch): on disk when this resolves. What could not be read
     * of it goes to the dead letters in the same transaction: all of the batch is kept, or none.
     */
    async writeAll(
      source: InboxSource,
      bodies: readonly string[],
      unreadable: readonly UnreadableBody[] = [],
    ): Promise<void> {
      const receivedAt = new Date().toISOString();
      await store.transaction(async () => {
        await store.inbox.appendAll(bodies.map((body) => ({ source, body, receivedAt })));
        for (const { reason, body } of unreadable) {
          await store.inbox.deadLetter(source, reason, body, receivedAt);
        }
      });
      onWritten();
    },
  };
}
export type InboxWriter = ReturnType<typeof createInboxWriter>;
