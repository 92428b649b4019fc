// Booking a patient who calls the clinic into a free slot (issue 15): the free starts of a doctor
// with the services bookable at each, and the booking request the form sends.
import { z } from 'zod/mini';
import { instantSchema } from './visit.ts';

/** `GET /api/bookings/free-slots?doctorId&from&to`: the doctor's free starts, every address. */
export const bookableSlotsQuerySchema = z
  .object({
    doctorId: z.string().check(z.regex(/^[\w-]{1,64}$/)),
    from: instantSchema,
    to: instantSchema,
  })
  .check(
    z.refine(({ from, to }) => Date.parse(from) < Date.parse(to), {
      message: '`to` must be after `from`',
    }),
    z.refine(({ from, to }) => Date.parse(to) - Date.parse(from) <= 14 * 24 * 3600_000, {
      message: 'at most 14 days at once',
    }),
  );

export const bookableServiceSchema = z.object({
  /** Docplanner's address_service_id. */
  id: z.string(),
  /** The clinic's own name for it (the admin's mapping), else Docplanner's. */
  name: z.string(),
  minutes: z.int().check(z.positive()),
});
export type BookableService = z.infer<typeof bookableServiceSchema>;

export const bookableSlotsSchema = z.object({
  slots: z.array(
    z.object({
      doctorId: z.string(),
      addressId: z.string(),
      start: instantSchema,
      services: z.array(bookableServiceSchema),
    }),
  ),
});
export type BookableSlots = z.infer<typeof bookableSlotsSchema>;
export type BookableSlot = BookableSlots['slots'][number];

const phonePattern = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** The patient's details as the form asks for them; the same rules in the browser and the BFF. */
export const phonePatientSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter the first name.'),
      z.maxLength(100, 'At most 100 letters.'),
    ),
  surname: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter the surname.'),
      z.maxLength(100, 'At most 100 letters.'),
    ),
  phone: z
    .string()
    .check(z.trim(), z.regex(phonePattern, 'Enter a phone number, e.g. +48 600 100 200.')),
  email: z.optional(
    z.union([
      z.literal(''),
      z.email('Enter an e-mail address like name@example.com, or leave it empty.'),
    ]),
  ),
});
export type PhonePatient = z.infer<typeof phonePatientSchema>;

/** `POST /api/bookings` (with an `Idempotency-Key`) → 200 `visitActionResultSchema`. */
export const bookRequestSchema = z.object({
  doctorId: z.string().check(z.minLength(1)),
  addressId: z.string().check(z.minLength(1)),
  start: instantSchema,
  serviceId: z.string().check(z.minLength(1, 'Choose the service.')),
  patient: phonePatientSchema,
  comment: z.optional(z.string().check(z.trim(), z.maxLength(500, 'At most 500 letters.'))),
});
export type BookRequest = z.infer<typeof bookRequestSchema>;
