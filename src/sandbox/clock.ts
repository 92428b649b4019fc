// The sandbox's notion of "now": the host clock (or the one given), shifted by the control API and
// optionally running faster than real time (a 60× demo). Listeners hear every jump, so sandbox-time
// timers (push retries, payment windows, scenario steps) fire when tests move the clock.

export interface SandboxClock {
  now(): Date;
  /** Jumps to `instant`; time keeps running from there. */
  set(instant: Date): void;
  advanceMinutes(minutes: number): void;
  /** Back to the clock the sandbox was started with (the speed stays as it is). */
  restore(): void;
  /** How many sandbox milliseconds pass per real millisecond (1 = real time). */
  speed(): number;
  setSpeed(speed: number): void;
  /** Called after every jump, advance, restore or speed change. */
  onChange(listener: () => void): void;
}

export function createClock(base: () => Date = () => new Date()): SandboxClock {
  // sandbox time = anchorSandbox + (base − anchorBase) × speed
  let anchorBase = base().getTime();
  let anchorSandbox = anchorBase;
  let rate = 1;
  const listeners: (() => void)[] = [];
  const nowMs = () => anchorSandbox + (base().getTime() - anchorBase) * rate;
  const reanchor = (sandboxMs: number) => {
    anchorBase = base().getTime();
    anchorSandbox = sandboxMs;
  };
  const changed = () => {
    for (const listener of listeners) listener();
  };
  return {
    now: () => new Date(nowMs()),
    set(instant) {
      reanchor(instant.getTime());
      changed();
    },
    advanceMinutes(minutes) {
      reanchor(nowMs() + minutes * 60_000);
      changed();
    },
    restore() {
      reanchor(base().getTime());
      changed();
    },
    speed: () => rate,
    setSpeed(speed) {
      reanchor(nowMs());
      rate = speed;
      changed();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
