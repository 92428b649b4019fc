// Docplanner's callbacks (pushed to us or pulled): `{name, data, created_at}`. The reader is
// tolerant: the seed's spellings (`booking-cancelled`, `duration: "30"`, `visit_payment` inside
// `address_service`) are accepted and normalised, unknown event names are kept as they are.
import { z } from 'zod';
import { dateTimeSchema, idSchema, looseIntSchema, looseStringSchema } from './common.ts';

/** The 17 callbacks of spec 1.14.0 (the spec's own enum lists only 14 of them). */
export const notificationNames = [
  'slot-booking',
  'slot-booked',
  'booking-canceled',
  'booking-moved',
  'booking-moving',
  'booking-confirmed',
  'booking-payment-status-changed',
  'break-created',
  'break-removed',
  'break-moved',
  'presence-marked',
  'address-service-created',
  'address-service-deleted',
  'address-service-changed',
  'address-commercial-type-changed',
  'address-assigned',
  'address-unassigned',
] as const;
export type NotificationName = (typeof notificationNames)[number];

/** Spellings seen outside the spec, mapped to the spec's name. */
// A Map, not an object: a name such as `constructor` must not find Object's own.
const nameVariants = new Map<string, NotificationName>([['booking-cancelled', 'booking-canceled']]);

/** The spec's name for a callback name as received; unknown names are returned unchanged. */
export function normaliseNotificationName(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return nameVariants.get(trimmed) ?? trimmed;
}

export function isKnownNotificationName(name: string): name is NotificationName {
  return (notificationNames as readonly string[]).includes(name);
}

/** The patient inside a notification (the spec's `Patient`, plus fields the examples add). */
export const notificationPatientSchema = z.looseObject({
  name: z.string(),
  surname: z.string().optional().default(''),
  email: z.string().nullish(),
  phone: looseStringSchema.nullish(),
  birth_date: z.string().nullish(),
  nin: looseStringSchema.nullish(),
  gender: z.enum(['m', 'f']).nullish(),
  is_returning: z.boolean().optional(),
  insurance_number: z.string().nullish(),
});

/** `visit_booking` and friends (the spec's BookingNotification). */
export const bookingNotificationSchema = z.looseObject({
  id: idSchema,
  status: z.string(),
  start_at: dateTimeSchema,
  end_at: dateTimeSchema,
  duration: looseIntSchema.optional(),
  booked_by: z.string().optional(),
  canceled_by: z.string().nullish(),
  booked_at: dateTimeSchema.optional(),
  canceled_at: z.union([dateTimeSchema, z.literal('null,').transform(() => null)]).nullish(),
  address_service: z
    .looseObject({
      id: idSchema,
      name: z.string(),
      price: z.number().nullish(),
      is_price_from: z.boolean().optional(),
      is_visible: z.boolean().optional(),
      service_id: idSchema.nullish(),
      visit_payment: z.boolean().optional(),
    })
    .nullish(),
  /** `null` in a variant the seed allows: the booking is then read with its patient. */
  patient: notificationPatientSchema.nullish(),
  signature: z.string().optional(),
  comment: z.string().nullish(),
  visit_payment: z.boolean().optional(),
  videocall_url: z.string().nullish(),
});
export type BookingNotification = z.output<typeof bookingNotificationSchema>;

const placeSchema = z.looseObject({ id: idSchema });

/** What every event's `data` holds: where it happened. */
export const notificationContextSchema = z.looseObject({
  facility: placeSchema.extend({ name: z.string().optional() }),
  doctor: placeSchema.extend({ name: z.string().optional(), surname: z.string().optional() }),
  address: placeSchema.extend({ name: z.string().nullish() }),
});

/** The envelope of every callback; `data` is read per event by the schemas below. */
export const notificationSchema = z.looseObject({
  name: z.string().min(1),
  data: z.looseObject({}),
  created_at: dateTimeSchema,
});
export type Notification = z.output<typeof notificationSchema>;

export const paymentStatusChangeSchema = z.looseObject({
  status_from: z.string().nullish(),
  status_to: z.string(),
  changed_at: dateTimeSchema.optional(),
});

/** `data` of the events that carry one booking. */
export const bookingEventDataSchema = notificationContextSchema.extend({
  visit_booking: bookingNotificationSchema,
  visit_payment_status: paymentStatusChangeSchema.optional(),
  presence: z.string().optional(),
});

/** `data` of booking-moved: the old booking (now canceled) and the new one, with a new id. */
export const bookingMovedDataSchema = notificationContextSchema.extend({
  old_visit_booking: bookingNotificationSchema,
  new_visit_booking: bookingNotificationSchema,
});

/** `data` of address-service-created, -changed and -deleted. */
export const addressServiceEventDataSchema = notificationContextSchema.extend({
  address_service: z.looseObject({ id: idSchema, name: z.string().optional() }),
});

/** `GET /notifications/multiple`. */
export const pulledNotificationsSchema = z.looseObject({
  notifications: z.array(notificationSchema),
  remaining: z.number().int().nonnegative(),
});
