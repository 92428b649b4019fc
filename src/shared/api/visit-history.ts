import { z } from 'zod/mini';

/**
 * What a history line says, as data, so the page words it in its own language: what happened,
 * who did it (a member of staff through the agenda, or Docplanner's actor) and the times.
 */
export const historyFactsSchema = z.object({
  kind: z.enum([
    'booked',
    'booked-by-phone',
    'cancelled',
    'confirmed',
    'payment',
    'arrived',
    'no-show',
    'moved',
    'moved-to',
    'moved-from',
  ]),
  /** The member of staff who did it through the agenda (their display name). */
  staff: z.optional(z.string()),
  /** Who did it on Docplanner: `user` (the patient), `doctor`, `integration`, `docplanner`. */
  actor: z.optional(z.string()),
  /** The visit's time when it was booked. */
  start: z.optional(z.iso.datetime({ offset: true })),
  /** A move's old and new time. */
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
  /** A payment's status before and after, in Docplanner's words (`waiting_for_confirmation`). */
  paymentFrom: z.optional(z.string()),
  paymentTo: z.optional(z.string()),
  /** The reason sent to the patient with a cancellation. */
  reason: z.optional(z.string()),
});
export type HistoryFacts = z.infer<typeof historyFactsSchema>;

/** `GET /api/visits/:id/history`: every Docplanner event that touched the visit, oldest first. */
export const visitHistorySchema = z.object({
  visitId: z.string(),
  entries: z.array(
    z.object({
      /** Docplanner's event name, e.g. `slot-booked`, `booking-moved`. */
      event: z.string(),
      occurredAt: z.iso.datetime({ offset: true }),
      /** What happened, in English words (no patient data); for lines kept before `facts`. */
      summary: z.string(),
      /** What happened, as data (lines written since issue 16). */
      facts: z.optional(historyFactsSchema),
    }),
  ),
});
export type VisitHistory = z.infer<typeof visitHistorySchema>;
