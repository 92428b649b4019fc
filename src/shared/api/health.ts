import { z } from 'zod/mini';

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
      consecutiveFailures: z.int(),
      lastSuccessAt: z.nullable(z.string()),
      lastFailure: z.nullable(z.object({ at: z.string(), reason: z.string() })),
    }),
    storage: z.object({
      writable: z.boolean(),
      failingSince: z.nullable(z.string()),
      /** Opened for this process alone: the disk was full at start (see database.ts). */
      exclusive: z.boolean(),
    }),
    /** Null while the database cannot be read (PostgreSQL unreachable). */
    notifications: z.nullable(
      z.object({
        pending: z.int(),
        /** Age of the oldest notification not yet processed; 0 when none waits. */
        lagSeconds: z.number(),
        deadLetters: z.int(),
      }),
    ),
    live: z.object({ streams: z.int() }),
  }),
});
export type Health = z.infer<typeof healthSchema>;
