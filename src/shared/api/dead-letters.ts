import { z } from 'zod/mini';

/** One body the BFF could not read, as the admin's list shows it (`GET /api/admin/dead-letters`). */
export const deadLetterSummarySchema = z.object({
  id: z.int(),
  receivedAt: z.string(),
  source: z.string(),
  reason: z.string(),
  bytes: z.int(),
  /** When an admin replayed it into the inbox, and the inbox entry it became. */
  replayedAt: z.nullable(z.string()),
  replayedInboxId: z.nullable(z.int()),
});
export type DeadLetterSummary = z.infer<typeof deadLetterSummarySchema>;

export const deadLetterListSchema = z.object({
  deadLetters: z.array(deadLetterSummarySchema),
  total: z.int(),
  /** Of those, not replayed yet. */
  waiting: z.int(),
  /** Pass as `before` for the next (older) page; null on the last one. */
  nextBefore: z.nullable(z.int()),
  /** How long they are kept before they are deleted (DEAD_LETTER_RETENTION_DAYS). */
  retentionDays: z.int(),
});
export type DeadLetterList = z.infer<typeof deadLetterListSchema>;

/** `GET /api/admin/dead-letters/:id`: with the body exactly as received. */
export const deadLetterSchema = z.extend(deadLetterSummarySchema, { body: z.string() });
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/** `POST /api/admin/dead-letters/:id/replay`, on success. */
export const deadLetterReplayedSchema = z.object({
  replayed: z.literal(true),
  inboxId: z.int(),
});
export type DeadLetterReplayed = z.infer<typeof deadLetterReplayedSchema>;
