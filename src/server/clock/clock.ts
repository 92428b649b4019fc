// The BFF's "now". Against Docplanner it is the system clock. Against the sandbox it follows the
// sandbox's clock, which tests and demos move and speed up, so that reminders, payment windows
// and countdowns all live in the same time as the bookings.
import ky from 'ky';
import { z } from 'zod';

export interface Clock {
  now(): number;
  /** How many clock milliseconds pass per real millisecond (1 for the system clock). */
  speed(): number;
}

export const systemClock: Clock = { now: () => Date.now(), speed: () => 1 };

const sandboxClockSchema = z.looseObject({
  now: z.iso.datetime({ offset: true }),
  speed: z.number().positive().optional(),
});

/**
 * A clock that reads `GET {origin}/_sandbox/clock` every `pollMs` and runs on from the last
 * reading at the sandbox's speed in between. `refresh()` reads it at once (after a test moved it).
 */
export function createSandboxClock(
  origin: string,
  options: { pollMs?: number; onJump?: () => void } = {},
) {
  const pollMs = options.pollMs ?? 1_000;
  let reading = { clockMs: Date.now(), realMs: Date.now(), speed: 1 };
  let timer: NodeJS.Timeout | undefined;

  async function refresh(): Promise<void> {
    const realBefore = Date.now();
    const body = sandboxClockSchema.parse(
      await ky.get(`${origin}/_sandbox/clock`, { timeout: 2_000, retry: 0 }).json(),
    );
    const realMs = (realBefore + Date.now()) / 2;
    const next = { clockMs: Date.parse(body.now), realMs, speed: body.speed ?? 1 };
    const expected = reading.clockMs + (realMs - reading.realMs) * reading.speed;
    const jumped = Math.abs(next.clockMs - expected) > 2_000 || next.speed !== reading.speed;
    reading = next;
    if (jumped) options.onJump?.();
  }

  const clock = {
    now: () => Math.round(reading.clockMs + (Date.now() - reading.realMs) * reading.speed),
    speed: () => reading.speed,
    refresh,
    async start(onError: (error: unknown) => void): Promise<void> {
      await refresh().catch(onError);
      timer = setInterval(() => void refresh().catch(onError), pollMs);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
  return clock satisfies Clock;
}
