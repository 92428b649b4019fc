// The server's clock in the browser: reminders, join windows and payment windows are decided on
// the server's time (the sandbox's, which tests move and speed up), so the page counts the same.
// Synced from `GET /api/settings` and from every heartbeat/clock event of the live stream.
import { useEffect, useState, useSyncExternalStore } from 'react';

interface ClockAnchor {
  /** The server's time at the moment of the last sync. */
  serverMs: number;
  /** The browser's `Date.now()` at that moment. */
  localMs: number;
  /** How fast the server's clock runs (1 = real time). */
  speed: number;
}

export interface ServerClock {
  /** The server's time now, in epoch milliseconds. */
  now: () => number;
  /** Takes the server's `at` (ISO instant) and speed as of now. */
  sync: (at: string, speed: number) => void;
  /** Back to the browser's own clock (tests). */
  reset: () => void;
  /** How fast the server's clock runs. */
  speed: () => number;
  subscribe: (listener: () => void) => () => void;
  /**
   * Changes only when a sync moves the clock (a jump of a few seconds or more, or a new speed),
   * not on every heartbeat: what shows the time redraws then, not on each of the live stream's
   * heartbeats (a busy week has a thousand badges and join buttons).
   */
  jumps: () => number;
}

/**
 * A sync this far from what the page already counted is a jump. Network latency stays well
 * below it, and a few seconds change no countdown, which the page shows in minutes.
 */
const jumpMs = 5_000;

export function createServerClock(): ServerClock {
  let anchor: ClockAnchor | null = null;
  let jumps = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    now: () => {
      const local = Date.now();
      if (!anchor) return local;
      // Whole milliseconds, as Date.now(): at a speed like 0.5 the product has a fraction, which
      // Temporal's Instant.fromEpochMilliseconds refuses.
      return Math.floor(anchor.serverMs + (local - anchor.localMs) * anchor.speed);
    },
    sync: (at, speed) => {
      const serverMs = Date.parse(at);
      if (Number.isNaN(serverMs) || !(speed > 0)) return;
      const localMs = Date.now();
      const counted = anchor
        ? anchor.serverMs + (localMs - anchor.localMs) * anchor.speed
        : localMs;
      if (Math.abs(serverMs - counted) >= jumpMs || speed !== (anchor?.speed ?? 1)) jumps += 1;
      anchor = { serverMs, localMs, speed };
      notify();
    },
    reset: () => {
      anchor = null;
      jumps += 1;
      notify();
    },
    speed: () => anchor?.speed ?? 1,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    jumps: () => jumps,
  };
}

/** The page's one server clock. */
export const serverClock = createServerClock();

/**
 * The server's time, re-rendering at most every `everyMs` of browser time (and when the clock
 * jumps). `null` stops the ticking: the value then changes only on a jump.
 */
export function useServerNow(everyMs: number | null, clock: ServerClock = serverClock): number {
  // Both only trigger re-renders; the value is read from the clock on each render.
  useSyncExternalStore(clock.subscribe, clock.jumps, clock.jumps);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (everyMs === null) return;
    return onTick(everyMs, () => setTick((value) => value + 1));
  }, [everyMs]);
  return clock.now();
}

/** How many times the server's clock has jumped: re-renders on a jump, not on every heartbeat. */
export function useServerClockJumps(clock: ServerClock = serverClock): number {
  return useSyncExternalStore(clock.subscribe, clock.jumps, clock.jumps);
}

// One interval per period for the whole page: 500 payment badges tick on one timer, not 500.
const tickers = new Map<
  number,
  { listeners: Set<() => void>; timer: ReturnType<typeof setInterval> }
>();

function onTick(everyMs: number, listener: () => void): () => void {
  let ticker = tickers.get(everyMs);
  if (!ticker) {
    const listeners = new Set<() => void>();
    const timer = setInterval(() => {
      for (const each of listeners) each();
    }, everyMs);
    ticker = { listeners, timer };
    tickers.set(everyMs, ticker);
  }
  ticker.listeners.add(listener);
  const own = ticker;
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size === 0) {
      clearInterval(own.timer);
      tickers.delete(everyMs);
    }
  };
}

/**
 * Re-renders when the server's clock reaches `atMs` (or jumps), for states that change at a known
 * moment (the join button) without a timer per second. Returns the server's time now.
 */
export function useServerTimeAt(atMs: number | null, clock: ServerClock = serverClock): number {
  const jumps = useSyncExternalStore(clock.subscribe, clock.jumps, clock.jumps);
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a jump moves the moment on the browser's clock
  useEffect(() => {
    if (atMs === null) return;
    // Waking a little early is harmless: the next render sets the timer again.
    const waitMs = Math.max(0, Math.ceil((atMs - clock.now()) / clock.speed()));
    // Browsers cap timers at ~24.8 days; waking early only re-checks.
    const timer = setTimeout(() => setTick((value) => value + 1), Math.min(waitMs, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [atMs, clock, jumps, tick]);
  return clock.now();
}
