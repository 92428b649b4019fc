import { z } from 'zod';

/** `GET /api/visits/:id/history`: every Docplanner event that touched the visit, oldest first. */
export const visitHistorySchema = z.object({
  visitId: z.string(),
  entries: z.array(
    z.object({
      /** Docplanner's event name, e.g. `slot-booked`, `booking-moved`. */
      event: z.string(),
      occurredAt: z.iso.datetime({ offset: true }),
      /** What happened, in words (no patient data). */
      summary: z.string(),
    }),
  ),
});
export type VisitHistory = z.infer<typeof visitHistorySchema>;
