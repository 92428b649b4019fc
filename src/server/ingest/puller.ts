// Pull mode: drains Docplanner's queue (`GET /notifications/multiple?limit=100`) while it says
// more remain, then polls at an interval, backing off on errors. Each batch is written to the
// inbox before it is processed; pulled notifications leave Docplanner's queue, so the inbox is
// where they live until processed, and a restart resumes from it.
import type { Logger } from '../logger.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import type { InboxWriter } from './inbox-writer.ts';

export interface PullerOptions {
  api: DocplannerApi;
  writer: InboxWriter;
  logger: Logger;
  intervalMs: number;
  maxBackoffMs?: number;
}

export function createPuller(options: PullerOptions) {
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeSleep: (() => void) | undefined;
  let failures = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wakeSleep = resolve;
      timer = setTimeout(resolve, ms);
    });

  /** Pulls until the queue is empty; returns how many notifications were taken. */
  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await options.api.pullNotifications(100);
      if (batch.raw.length === 0) return total;
      options.writer.writeAll(
        'pull',
        batch.raw.map((item) => JSON.stringify(item)),
      );
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
