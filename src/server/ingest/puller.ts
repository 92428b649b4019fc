// Pull mode: drains Docplanner's queue (`GET /notifications/multiple?limit=100`) while it says
// more remain, then polls at an interval, backing off on errors. Each batch is written to the
// inbox before it is processed; pulled notifications leave Docplanner's queue, so the inbox is
// where they live until processed, and a restart resumes from it. Each item is read on its own,
// as the webhook reads a push: one that is not a notification is written, in the same
// transaction, to the dead letters with why, and a body that is not a batch at all is kept whole
// there (then pulling counts as failed and backs off). A batch that could not be written (a full
// disk) is held and written first on the next round; nothing more is pulled until it is, nor
// while the store says it cannot take writes.
import type { Logger } from '../logger.ts';
import { type DocplannerApi, UnreadablePullError } from '../upstream/docplanner-api.ts';
import type { InboxWriter, UnreadableBody } from './inbox-writer.ts';
import { readNotificationBody } from './notification-body.ts';

export interface PullerOptions {
  api: DocplannerApi;
  writer: InboxWriter;
  logger: Logger;
  intervalMs: number;
  maxBackoffMs?: number;
  /** False while the store cannot take writes: pulling would take notifications off Docplanner's queue that we cannot keep. */
  canStore?: () => boolean;
  /** Told of a batch the disk refused; true when that is what it was. */
  onWriteFailed?: (error: unknown) => boolean;
}

/** What one pull took off Docplanner's queue, to be kept: inbox entries and dead letters. */
interface Taken {
  bodies: string[];
  unreadable: UnreadableBody[];
}

/** Each item read on its own, as the webhook reads a body: one malformed item sinks no other. */
function sortItems(items: readonly unknown[]): Taken {
  const taken: Taken = { bodies: [], unreadable: [] };
  for (const item of items) {
    const body = JSON.stringify(item);
    const read = readNotificationBody(body);
    if (read.ok) taken.bodies.push(body);
    else taken.unreadable.push({ reason: `${read.reason}: ${read.issues}`, body });
  }
  return taken;
}

export function createPuller(options: PullerOptions) {
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeSleep: (() => void) | undefined;
  let failures = 0;
  /** Pulled, not yet on disk. */
  let held: Taken | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeSleep = resolve;
      timer = setTimeout(resolve, ms);
    });

  /** Writes what was taken (held until it is on disk); returns how many bodies that was. */
  async function keep(taken: Taken): Promise<number> {
    held = taken;
    await options.writer.writeAll('pull', taken.bodies, taken.unreadable);
    held = undefined;
    for (const { reason } of taken.unreadable) {
      options.logger.warn({ reason }, 'pull: a pulled notification is unreadable (dead-lettered)');
    }
    return taken.bodies.length + taken.unreadable.length;
  }

  /** Pulls until the queue is empty; returns how many notifications were taken. */
  async function drain(): Promise<number> {
    let total = held ? await keep(held) : 0;
    for (;;) {
      if (options.canStore && !options.canStore()) return total;
      let batch: Awaited<ReturnType<DocplannerApi['pullNotifications']>>;
      try {
        batch = await options.api.pullNotifications(100);
      } catch (error) {
        // Whatever that body held has left Docplanner's queue: kept whole, then told as a failure.
        if (error instanceof UnreadablePullError) {
          await keep({ bodies: [], unreadable: [{ reason: error.reason, body: error.body }] });
          throw new Error(`Unreadable pull, kept as a dead letter: ${error.reason}`, {
            cause: error,
          });
        }
        throw error;
      }
      if (batch.raw.length === 0) return total;
      total += await keep(sortItems(batch.raw));
      if (batch.remaining <= 0) return total;
    }
  }

  let looping: Promise<void> | undefined;
  async function loop() {
    while (running) {
      let waitMs = options.intervalMs;
      try {
        const pulled = await drain();
        if (pulled > 0) options.logger.debug({ pulled }, 'pulled notifications');
        failures = 0;
      } catch (error) {
        if (options.onWriteFailed?.(error)) {
          // Held until the disk takes it; the storage status has said so in the log.
          if (running) await sleep(options.intervalMs);
          continue;
        }
        failures++;
        waitMs = Math.min(maxBackoffMs, options.intervalMs * 2 ** failures);
        options.logger.warn(
          { err: String(error), retryInMs: waitMs },
          'pulling notifications failed',
        );
      }
      if (running) await sleep(waitMs);
    }
  }

  return {
    start(): void {
      if (running) return;
      running = true;
      // A loop still finishing after a stop (a lead lost and taken again) goes on: never two.
      if (looping) return;
      looping = loop().finally(() => {
        looping = undefined;
      });
    },
    stop(): void {
      running = false;
      clearTimeout(timer);
      wakeSleep?.();
    },
    drain,
  };
}
