import { z } from 'zod';

/** `GET /api/health`: 200 when ready, 503 while starting or when the upstream is unreachable. */
export const healthSchema = z.object({
  status: z.enum(['ready', 'starting', 'degraded']),
  dataSource: z.enum(['sandbox', 'docplanner']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
