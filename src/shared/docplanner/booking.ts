import { z } from 'zod';
import { dateTimeSchema, idSchema, looseIntSchema, looseStringSchema } from './common.ts';
import { addressServiceSchema } from './service.ts';

export const bookingPatientSchema = z.looseObject({
  name: z.string(),
  surname: z.string(),
  email: z.string().nullish(),
  phone: looseStringSchema.nullish(),
  birth_date: z.string().nullish(),
  nin: looseStringSchema.nullish(),
  gender: z.enum(['m', 'f']).nullish(),
  is_returning: z.boolean().optional(),
  insurance_number: z.string().nullish(),
});
export type BookingPatient = z.output<typeof bookingPatientSchema>;

export const bookingMovingSchema = z.looseObject({
  origin_booking_id: idSchema,
  newest_booking_id: idSchema,
});

/** A booking as getBooking, getBookings, bookSlot and moveBooking return it. */
export const bookingSchema = z.looseObject({
  id: idSchema,
  /** No enum in the spec; examples show `booked` and `canceled`. */
  status: z.string(),
  start_at: dateTimeSchema,
  end_at: dateTimeSchema,
  duration: looseIntSchema.optional(),
  booked_by: z.string().optional(),
  canceled_by: z.string().nullish(),
  booked_at: dateTimeSchema.optional(),
  canceled_at: dateTimeSchema.nullish(),
  moving: bookingMovingSchema.nullish(),
  /** Only with `with=booking.patient` on the list. */
  patient: bookingPatientSchema.optional(),
  /** Only with `with=booking.address_service` on the list. */
  address_service: addressServiceSchema.nullish(),
  comment: z.string().nullish(),
  presence: z.enum(['present', 'absent']).nullish(),
  insurance: z.looseObject({ id: idSchema, name: z.string() }).nullish(),
  visit_payment: z.boolean().nullish(),
  /** An open string: the seed's new/in_progress/successful/failed/canceled, the spec's paid … */
  visit_payment_status: z.string().nullish(),
  /** Deprecated on the list endpoint (1.0.39): read it from getBooking or the notification. */
  videocall_url: z.string().nullish(),
});
export type Booking = z.output<typeof bookingSchema>;

/** getBookings; `page`, `limit`, `pages` and `total` only when `page` was sent. */
export const bookingsSchema = z.looseObject({
  _items: z.array(bookingSchema),
  page: z.number().int().nullish(),
  limit: z.number().int().nullish(),
  pages: z.number().int().nullish(),
  total: z.number().int().nullish(),
});
export type Bookings = z.output<typeof bookingsSchema>;
