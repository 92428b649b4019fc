// The notification queue of the sandbox's single API client, in pull or push mode.
// Pull: FIFO, pulled = removed, unpulled events expire after 72 h of sandbox time.
// Push: each event POSTed once, in order, off the request that caused it; a failed delivery is
// retried after 5 and then 10 more minutes of sandbox time (the guide), then kept as failed
// until `release` or until it is 14 days old.

import { Temporal } from 'temporal-polyfill';
import type { SandboxClock } from '../clock.ts';
import type { Faults } from '../faults/settings.ts';
import { strikes } from '../faults/settings.ts';
import { shapeEvent } from '../faults/wire-variants.ts';
import { maskedUrl } from '../http/control-guard.ts';
import type { SandboxTimers } from '../timers.ts';
import type { SandboxEvent } from './events.ts';

export type Delivery = { mode: 'pull' } | { mode: 'push'; url: string };

/** What goes out: an event (shaped by the faults) or a raw body given to the control API. */
export interface Payload {
  name: string;
  body: string;
  createdMs: number;
}

type PushStatus = 'sending' | 'delivered' | 'retrying' | 'failed' | 'dropped';

interface PushRecord {
  id: number;
  payload: Payload;
  url: string;
  attempts: number;
  status: PushStatus;
  lastError: string | null;
}

const hourMs = 3_600_000;
const pullLifetimeMs = 72 * hourMs;
const failedLifetimeMs = 14 * 24 * hourMs;
const retryDelaysMinutes = [5, 10];
const pushTimeoutMs = 5_000;

export interface NotificationHub {
  delivery(): Delivery;
  setDelivery(delivery: Delivery): void;
  emit(event: SandboxEvent): void;
  /** Enqueues or pushes `body` exactly as given (malformed and duplicate tests). */
  emitRaw(name: string, body: string): void;
  /** Oldest first; removes what it returns. */
  pull(limit: number): { taken: Payload[]; remaining: number };
  /** 'forbidden' in pull mode, seconds to wait when called again within the hour. */
  release(): 'released' | 'forbidden' | { retryAfterSeconds: number };
  stats(): Record<string, unknown>;
  /** Resolves when every push started so far has finished (tests). */
  settled(): Promise<void>;
  clear(): void;
}

export function createNotificationHub(deps: {
  clock: SandboxClock;
  timers: SandboxTimers;
  faults: () => Faults;
}): NotificationHub {
  let delivery: Delivery = { mode: 'pull' };
  let queue: Payload[] = [];
  let pushes: PushRecord[] = [];
  let lastReleaseMs: number | null = null;
  let chain: Promise<void> = Promise.resolve();
  let held: PushRecord[] = [];
  let nextId = 1;
  const counts = { emitted: 0, pulled: 0, expired: 0, attempts: 0, received_2xx: 0 };
  const nowMs = () => deps.clock.now().getTime();

  const purge = () => {
    const now = nowMs();
    const fresh = queue.filter((payload) => now - payload.createdMs < pullLifetimeMs);
    counts.expired += queue.length - fresh.length;
    queue = fresh;
    pushes = pushes.filter(
      (push) => push.status !== 'failed' || now - push.payload.createdMs < failedLifetimeMs,
    );
  };

  const attempt = async (push: PushRecord, retries: number[]) => {
    push.attempts += 1;
    counts.attempts += 1;
    push.status = 'sending';
    const faults = deps.faults();
    const malformed = strikes(faults, faults.settings.malformedPushRate);
    const body = malformed
      ? push.payload.body.slice(0, Math.floor(push.payload.body.length / 2))
      : push.payload.body;
    const copies = strikes(faults, faults.settings.duplicatePushRate) ? 2 : 1;
    let failure: string | null = null;
    for (let copy = 0; copy < copies; copy += 1) {
      try {
        const response = await fetch(push.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: AbortSignal.timeout(pushTimeoutMs),
        });
        await response.body?.cancel();
        if (response.ok) counts.received_2xx += 1;
        else failure = `HTTP ${response.status}`;
      } catch (error) {
        failure = error instanceof Error ? error.name : String(error);
      }
    }
    push.lastError = failure;
    if (failure === null) {
      push.status = 'delivered';
      return;
    }
    const [delay, ...later] = retries;
    if (delay === undefined) {
      push.status = 'failed';
      return;
    }
    push.status = 'retrying';
    const dueAt = Temporal.Instant.fromEpochMilliseconds(nowMs()).add({ minutes: delay });
    deps.timers.at(dueAt, `push retry #${push.id}`, () => send(push, later));
  };

  const send = (push: PushRecord, retries: number[]) => {
    chain = chain
      .then(() => attempt(push, retries))
      .catch((error: unknown) => console.error(`[sandbox] push #${push.id} failed`, error));
  };

  const flushHeld = () => {
    const batch = held.reverse();
    held = [];
    for (const push of batch) send(push, retryDelaysMinutes);
  };

  const dispatch = (payload: Payload) => {
    counts.emitted += 1;
    purge();
    if (delivery.mode === 'pull') {
      queue.push(payload);
      return;
    }
    const push: PushRecord = {
      id: nextId++,
      payload,
      url: delivery.url,
      attempts: 0,
      status: 'sending',
      lastError: null,
    };
    pushes.push(push);
    const faults = deps.faults();
    if (strikes(faults, faults.settings.dropPushRate)) {
      push.status = 'dropped';
      return;
    }
    if (faults.settings.reorderPushes) {
      held.push(push);
      if (held.length === 1) setTimeout(flushHeld, 50);
      return;
    }
    send(push, retryDelaysMinutes);
  };

  return {
    delivery: () => delivery,
    setDelivery(next) {
      delivery = next;
    },
    emit(event) {
      const shaped = shapeEvent(event, deps.faults().settings);
      const createdMs = Date.parse(event.created_at);
      dispatch({
        name: shaped.name,
        body: JSON.stringify(shaped),
        createdMs: Number.isNaN(createdMs) ? nowMs() : createdMs,
      });
    },
    emitRaw(name, body) {
      dispatch({ name, body, createdMs: nowMs() });
    },
    pull(limit) {
      purge();
      const taken = queue.splice(0, limit);
      counts.pulled += taken.length;
      return { taken, remaining: queue.length };
    },
    release() {
      if (delivery.mode !== 'push') return 'forbidden';
      const now = nowMs();
      if (lastReleaseMs !== null && now - lastReleaseMs < hourMs) {
        return { retryAfterSeconds: Math.ceil((lastReleaseMs + hourMs - now) / 1000) };
      }
      lastReleaseMs = now;
      purge();
      for (const push of pushes.filter((candidate) => candidate.status === 'failed')) {
        push.status = 'sending';
        send(push, []);
      }
      return 'released';
    },
    stats() {
      purge();
      const by = (status: PushStatus) => pushes.filter((push) => push.status === status).length;
      return {
        mode: delivery.mode,
        // The push URL holds the receiver's secret: shown masked.
        url: delivery.mode === 'push' ? maskedUrl(delivery.url) : null,
        queued: queue.length,
        queued_names: queue.map((payload) => payload.name),
        emitted: counts.emitted,
        pulled: counts.pulled,
        expired: counts.expired,
        attempts: counts.attempts,
        received_2xx: counts.received_2xx,
        delivered: by('delivered'),
        failed: by('failed'),
        retrying: by('retrying'),
        sending: by('sending'),
        dropped: by('dropped'),
        last_release_at: lastReleaseMs === null ? null : new Date(lastReleaseMs).toISOString(),
        pushes: pushes.slice(-100).map((push) => ({
          id: push.id,
          name: push.payload.name,
          attempts: push.attempts,
          status: push.status,
          last_error: push.lastError,
        })),
      };
    },
    async settled() {
      // Wait for held (reordered) pushes and for everything chained meanwhile.
      for (let round = 0; round < 20; round += 1) {
        const current = chain;
        await current;
        if (held.length === 0 && current === chain) return;
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
    },
    clear() {
      queue = [];
      pushes = [];
      held = [];
      lastReleaseMs = null;
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] = 0;
    },
  };
}
