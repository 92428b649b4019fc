// Pull mode: drains Docplanner's queue (`GET /notifications/multiple?limit=100`) while it says
// more remain, then polls at an interval, backing off on errors. Each batch is written to the
// inbox before it is processed; pulled notifications leave Docplanner's queue, so the inbox is
// where they live until processed, and a restart resumes from it. A batch that could not be
// written (a full disk) is held and written first on the next round; nothing more is pulled
// until it is, nor while the store says it cannot take writes.
import type { Logger } from '../logger.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import type { InboxWriter } from './inbox-writer.ts';

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

export function createPuller(options: PullerOptions) {
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeSleep: (() => void) | undefined;
  let failures = 0;
  /** Pulled, not yet on disk. */
  let held: string[] = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeSleep = resolve;
      timer = setTimeout(resolve, ms);
    });

  /** Pulls until the queue is empty; returns how many notifications were taken. */
  async function drain(): Promise<number> {
    let total = 0;
    if (held.length > 0) {
      options.writer.writeAll('pull', held);
      total += held.length;
      held = [];
    }
    for (;;) {
      if (options.canStore && !options.canStore()) return total;
      const batch = await options.api.pullNotifications(100);
      if (batch.raw.length === 0) return total;
      held = batch.raw.map((item) => JSON.stringify(item));
      options.writer.writeAll('pull', held);
      held = [];
      total += batch.raw.length;
      if (batch.remaining <= 0) return total;
    }
  }

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
      void loop();
    },
    stop(): void {
      running = false;
      clearTimeout(timer);
      wakeSleep?.();
    },
    drain,
  };
}
