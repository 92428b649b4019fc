// What the agenda can do to a visit (issue 15): the BFF's request and answer shapes. Every write
// carries an `Idempotency-Key` header (see `idempotencyKeyHeader`): the same key sent again
// (a retry after a network drop) gets the first answer back instead of acting twice.
import { z } from 'zod/mini';
import { instantSchema, visitSchema } from './visit.ts';

/** Header of every write below; 8–128 letters, digits, `-` or `_` (the SPA sends a UUID). */
export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotencyKeySchema = z.string().check(z.regex(/^[\w-]{8,128}$/));

/** `POST /api/visits/:id/presence`: the patient came (present) or did not (absent). */
export const presenceRequestSchema = z.object({ presence: z.enum(['present', 'absent']) });
export type PresenceRequest = z.infer<typeof presenceRequestSchema>;

/** `POST /api/visits/:id/cancel`: Docplanner tells the patient; the reason goes with it. */
export const cancelRequestSchema = z.object({
  reason: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});
export type CancelRequest = z.infer<typeof cancelRequestSchema>;

/**
 * `POST /api/visits/:id/move`: to a free slot `start` of `addressId` (default: the visit's own
 * address) for `serviceId` (default: the visit's service). The answer's `visit` is the new
 * booking (Docplanner gives a moved visit a new id); `previousId` the one it replaced.
 */
export const moveRequestSchema = z.object({
  start: instantSchema,
  addressId: z.optional(z.string().check(z.minLength(1))),
  serviceId: z.optional(z.string().check(z.minLength(1))),
});
export type MoveRequest = z.infer<typeof moveRequestSchema>;

/** `POST /api/visits/:id/confirm`: no body. */

/** The answer of presence, cancel, confirm and move: the visit as it now is. */
export const visitActionResultSchema = z.object({
  visit: visitSchema,
  /** Move only: the id the visit had before. */
  previousId: z.optional(z.string()),
});
export type VisitActionResult = z.infer<typeof visitActionResultSchema>;

/** `GET /api/visits/:id/free-slots?days=`: the starts the visit can move to, from now (or a day before it) on. */
export const freeSlotsSchema = z.object({
  slots: z.array(
    z.object({
      addressId: z.string(),
      doctorId: z.string(),
      start: instantSchema,
      end: instantSchema,
      /** Address services bookable at this start. */
      serviceIds: z.array(z.string()),
    }),
  ),
});
export type FreeSlots = z.infer<typeof freeSlotsSchema>;
