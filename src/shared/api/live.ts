import { z } from 'zod/mini';
import { visitSchema } from './visit.ts';

/**
 * `GET /api/live?since=<liveCursor>`: server-sent events. Each `visit` event carries the visit's
 * whole current state (apply by id: insert or replace) and its change number as the SSE `id`,
 * so a reconnect resumes with `Last-Event-ID` without missing or repeating a change.
 */
export const liveVisitEventSchema = z.object({ visit: visitSchema });
export type LiveVisitEvent = z.infer<typeof liveVisitEventSchema>;

/**
 * Sent every few seconds so the browser can tell a quiet stream from a dead one. `at` is the
 * server's clock (the sandbox's, on sandbox data) and `speed` how fast it runs, so countdowns in
 * the browser follow the same time as reminders and payment windows.
 */
export const liveHeartbeatSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  speed: z.number().check(z.positive()),
});
export type LiveHeartbeat = z.infer<typeof liveHeartbeatSchema>;

/** The stream cannot resume from the given position: reload the agenda, then reconnect. */
export const liveResetSchema = z.object({ reason: z.string() });
export type LiveReset = z.infer<typeof liveResetSchema>;

/** SSE event names: `visit`, `heartbeat` and `reset` above; `reminders` carries remindersSchema
 * (shared/api/reminders.ts) on connect and whenever the list changes; `clock` carries
 * liveHeartbeatSchema when the server's clock jumped (a test or demo moved it); `breaks` (an
 * empty object) when a doctor's breaks changed, so the agenda reads `/api/breaks` again. */
export const liveEventNames = {
  visit: 'visit',
  heartbeat: 'heartbeat',
  reset: 'reset',
  reminders: 'reminders',
  clock: 'clock',
  breaks: 'breaks',
} as const;

/** Seconds between heartbeats; a browser that hears nothing for three of them reconnects. */
export const liveHeartbeatSeconds = 15;
