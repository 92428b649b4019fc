// GET /api/live: server-sent events with every change to a booking of the facility. Each event's
// id is its change number; a reconnect resumes after Last-Event-ID (or `?since=` on the first
// connection, from the agenda's liveCursor), so nothing is missed and nothing repeated.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { liveEventNames, liveHeartbeatSeconds } from '../../shared/api/live.ts';
import type { ActiveReminder } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import { anyStaff, remindersFor, visitFor } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Clock } from '../clock/clock.ts';
import type { LiveHub, LiveTopic } from '../live/live-hub.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';

export interface LiveRouteOptions {
  store: Store;
  hub: LiveHub;
  /** The visit as the agenda shows it, or null if it is not the facility's. */
  visitById: (bookingId: string) => Promise<Visit | null>;
  /** The reminders due now (sent on connect and whenever they change). */
  reminders: () => ActiveReminder[];
  clock: Clock;
  heartbeatMs?: number;
}

const batchSize = 500;

function parseCursor(raw: string | undefined): number | 'invalid' | undefined {
  if (raw === undefined || raw === '') return undefined;
  return /^\d{1,15}$/.test(raw) ? Number(raw) : 'invalid';
}

export function liveRoutes(options: LiveRouteOptions) {
  const { store, hub } = options;
  const heartbeatMs = options.heartbeatMs ?? liveHeartbeatSeconds * 1000;

  return new Hono<{ Variables: AuthVariables }>().get('/', anyStaff, async (c) => {
    const user = c.get('user')!;
    const fromHeader = parseCursor(c.req.header('last-event-id'));
    const fromQuery = parseCursor(c.req.query('since'));
    if (fromHeader === 'invalid' || fromQuery === 'invalid') {
      return apiError(c, 400, 'invalid_cursor', '`since` and Last-Event-ID must be whole numbers');
    }
    const start = fromHeader ?? fromQuery ?? (await store.changes.latestSeq());
    c.header('cache-control', 'no-store');
    c.header('x-accel-buffering', 'no');

    return streamSSE(c, async (stream) => {
      let cursor = start;
      let wake: (() => void) | undefined;
      let closed = false;
      const pending = new Set<LiveTopic>(['reminders']);
      const unsubscribe = hub.subscribe((topic) => {
        pending.add(topic);
        wake?.();
      });
      const clockNow = () =>
        JSON.stringify({
          at: new Date(options.clock.now()).toISOString(),
          speed: options.clock.speed(),
        });
      stream.onAbort(() => {
        closed = true;
        unsubscribe();
        wake?.();
      });

      const oldest = await store.changes.oldestSeq();
      if (oldest > 0 && cursor < oldest - 1) {
        await stream.writeSSE({
          event: liveEventNames.reset,
          data: JSON.stringify({ reason: 'The changes since your last visit are no longer kept.' }),
        });
        cursor = await store.changes.latestSeq();
      }

      while (!closed) {
        if (pending.delete('clock')) {
          await stream.writeSSE({ event: liveEventNames.clock, data: clockNow() });
        }
        if (pending.delete('breaks')) {
          await stream.writeSSE({ event: liveEventNames.breaks, data: '{}' });
        }
        if (pending.delete('reminders')) {
          const reminders = remindersFor(user, options.reminders());
          await stream.writeSSE({
            event: liveEventNames.reminders,
            data: JSON.stringify({ reminders }),
          });
        }
        pending.delete('visits');
        const changes = await store.changes.since(cursor, batchSize);
        if (changes.length > 0) {
          // A booking changed several times in the batch is sent once, in its newest state.
          const newestSeq = new Map<string, number>();
          for (const change of changes) newestSeq.set(change.bookingId, change.seq);
          for (const [bookingId, seq] of [...newestSeq].sort((a, b) => a[1] - b[1])) {
            const found = await options.visitById(bookingId);
            const visit = found && visitFor(user, found);
            if (visit && !closed) {
              await stream.writeSSE({
                event: liveEventNames.visit,
                id: String(seq),
                data: JSON.stringify({ visit }),
              });
            }
          }
          cursor = (changes.at(-1) as { seq: number }).seq;
          continue;
        }
        if (pending.size > 0) continue;
        const woken = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), heartbeatMs);
          wake = () => {
            clearTimeout(timer);
            resolve(true);
          };
        });
        wake = undefined;
        if (!woken && !closed) {
          await stream.writeSSE({ event: liveEventNames.heartbeat, data: clockNow() });
        }
      }
    });
  });
}
