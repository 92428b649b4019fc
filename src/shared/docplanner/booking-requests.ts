// Bodies of the booking writes: cancelBooking and moveBooking.
import { z } from 'zod';
import { dateTimeSchema, idSchema, looseIntSchema } from './common.ts';

/** `DELETE …/bookings/{id}`; the body itself is optional. */
export const cancelBookingRequestSchema = z.object({ reason: z.string().optional() });
export type CancelBookingRequest = z.output<typeof cancelBookingRequestSchema>;

/**
 * `POST …/bookings/{id}/move`. Only `address_service_id` is required by the schema; `address_id`
 * may name another doctor's address in the same facility, reassigning the visit to that doctor.
 */
export const moveBookingRequestSchema = z.object({
  address_service_id: idSchema,
  start: dateTimeSchema.optional(),
  duration: looseIntSchema.optional(),
  address_id: idSchema.optional(),
});
export type MoveBookingRequest = z.output<typeof moveBookingRequestSchema>;
