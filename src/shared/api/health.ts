import { z } from 'zod';

/**
 * `GET /api/health`: always 200 while the process serves, with what works. `degraded` when
 * Docplanner has failed several requests in a row or the store refuses writes (a full disk, a
 * database server that cannot be reached) (the agenda still
 * shows what is kept); `stopping` during a graceful shutdown. `/api/health/live` (the process
 * answers) and `/api/health/ready` (503 while stopping) are for orchestrators.
 */
export const healthSchema = z.object({
  status: z.enum(['ready', 'degraded', 'stopping']),
  dataSource: z.enum(['sandbox', 'docplanner']),
  version: z.string(),
  checks: z.object({
    upstream: z.object({
      ok: z.boolean(),
      consecutiveFailures: z.number().int(),
      lastSuccessAt: z.string().nullable(),
      lastFailure: z.object({ at: z.string(), reason: z.string() }).nullable(),
    }),
    storage: z.object({
      writable: z.boolean(),
      failingSince: z.string().nullable(),
      /** Opened for this process alone: the disk was full at start (see database.ts). */
      exclusive: z.boolean(),
    }),
    /** Null while the database cannot be read (PostgreSQL unreachable). */
    notifications: z
      .object({
        pending: z.number().int(),
        /** Age of the oldest notification not yet processed; 0 when none waits. */
        lagSeconds: z.number(),
        deadLetters: z.number().int(),
      })
      .nullable(),
    live: z.object({ streams: z.number().int() }),
  }),
});
export type Health = z.infer<typeof healthSchema>;
