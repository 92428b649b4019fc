import { z } from 'zod/mini';

/** Every non-2xx answer of our `/api`: a stable code for programs, a sentence for people. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Field-level problems for 400s: path → messages. */
    issues: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
