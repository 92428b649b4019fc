// The sandbox's notion of "now": the host clock (or the one given), shifted by the control API.

export interface SandboxClock {
  now(): Date;
  /** Jumps to `instant`; time keeps running from there. */
  set(instant: Date): void;
  advanceMinutes(minutes: number): void;
  /** Back to the clock the sandbox was started with. */
  restore(): void;
}

export function createClock(base: () => Date = () => new Date()): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    set(instant) {
      offsetMs = instant.getTime() - base().getTime();
    },
    advanceMinutes(minutes) {
      offsetMs += minutes * 60_000;
    },
    restore() {
      offsetMs = 0;
    },
  };
}
