// Timers on the sandbox clock. A timer fires when sandbox time reaches it: on the real-time tick
// started by `startSandbox`, or at once when the control API moves the clock past it. Due timers
// run in time order and each is told its own due instant, so a jump of ten hours plays the
// events in between with the times they would have had.
import { Temporal } from 'temporal-polyfill';
import type { SandboxClock } from './clock.ts';

export type TimerAction = (dueAt: Temporal.Instant) => void;

interface Timer {
  dueMs: number;
  order: number;
  label: string;
  action: TimerAction;
}

export interface SandboxTimers {
  /** Runs `action` once sandbox time reaches `dueAt`. */
  at(dueAt: Temporal.Instant, label: string, action: TimerAction): void;
  /** Runs every timer that is due now (the tick and clock changes call this). */
  runDue(): void;
  pending(): { label: string; due_at_ms: number }[];
  clear(): void;
}

export function createTimers(clock: SandboxClock): SandboxTimers {
  let timers: Timer[] = [];
  let order = 0;
  let running = false;
  const runDue = () => {
    // A timer may schedule more timers (a retry, the next scenario step); the loop picks those up
    // too when they are already due, and a re-entrant call is folded into the running one.
    if (running) return;
    running = true;
    try {
      for (;;) {
        const nowMs = clock.now().getTime();
        const due = timers
          .filter((timer) => timer.dueMs <= nowMs)
          .sort((a, b) => a.dueMs - b.dueMs || a.order - b.order)[0];
        if (!due) return;
        timers = timers.filter((timer) => timer !== due);
        try {
          due.action(Temporal.Instant.fromEpochMilliseconds(due.dueMs));
        } catch (error) {
          console.error(`[sandbox] timer "${due.label}" failed`, error);
        }
      }
    } finally {
      running = false;
    }
  };
  clock.onChange(runDue);
  return {
    at(dueAt, label, action) {
      order += 1;
      timers.push({ dueMs: dueAt.epochMilliseconds, order, label, action });
    },
    runDue,
    pending: () => timers.map((timer) => ({ label: timer.label, due_at_ms: timer.dueMs })),
    clear() {
      timers = [];
    },
  };
}
