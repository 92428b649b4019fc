// Docplanner's callbacks (pushed to us or pulled): `{name, data, created_at}`. The reader is
// tolerant: the seed's spellings (`booking-cancelled`, `duration: "30"`, `visit_payment` inside
// `address_service`) are accepted and normalised, unknown event names are kept as they are.
// Every callback we know is in one table, `notificationKinds`, with how its `data` is read.
import { z } from 'zod';
import { dateTimeSchema, idSchema, looseIntSchema, looseStringSchema } from './common.ts';

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

/**
 * `GET /notifications/multiple`, its envelope alone: the items are read one by one, so that one
 * malformed item does not sink a batch Docplanner has already taken off its queue.
 */
export const pulledBatchSchema = z.looseObject({
  notifications: z.array(z.unknown()),
  remaining: z.number().int().nonnegative(),
});

/** What a callback not about a booking makes stale: the clinic's structure, or the breaks. */
export type NotificationRefresh = 'directory' | 'breaks';

/** What the agenda does with a callback's `data`. */
export type NotificationKind =
  /** One booking in `data.visit_booking`: observed into the agenda, a line of its history. */
  | { reads: 'booking'; data: typeof bookingEventDataSchema }
  /** The old booking (now canceled) and the new one it became. */
  | { reads: 'moved-booking'; data: typeof bookingMovedDataSchema }
  /** Not about a booking we keep: `data` is not read; `refreshes` is what to read again. */
  | { reads: 'nothing'; refreshes: NotificationRefresh | null };

const booking = { reads: 'booking', data: bookingEventDataSchema } as const;
const movedBooking = { reads: 'moved-booking', data: bookingMovedDataSchema } as const;
const nothing = { reads: 'nothing', refreshes: null } as const;
/** The clinic's structure (address services, their online rule, addresses) changed. */
const directory = { reads: 'nothing', refreshes: 'directory' } as const;
const breaks = { reads: 'nothing', refreshes: 'breaks' } as const;

/** The 17 callbacks of spec 1.14.0 (the spec's own enum lists only 14 of them), each once. */
export const notificationKinds = {
  /** Asks to approve a booking about to be made (optional): slot-booked follows. */
  'slot-booking': nothing,
  'slot-booked': booking,
  'booking-canceled': booking,
  'booking-moved': movedBooking,
  /** A move about to be made: booking-moved follows. */
  'booking-moving': nothing,
  'booking-confirmed': booking,
  'booking-payment-status-changed': booking,
  'break-created': breaks,
  'break-removed': breaks,
  'break-moved': breaks,
  'presence-marked': booking,
  'address-service-created': directory,
  'address-service-deleted': directory,
  'address-service-changed': directory,
  'address-commercial-type-changed': directory,
  'address-assigned': directory,
  'address-unassigned': directory,
} as const satisfies Record<string, NotificationKind>;
export type NotificationName = keyof typeof notificationKinds;
export const notificationNames = Object.keys(notificationKinds) as NotificationName[];

// Maps, not objects: a name such as `constructor` must not find Object's own.
const kindsByName = new Map<string, NotificationKind>(Object.entries(notificationKinds));
/** Spellings seen outside the spec, mapped to the spec's name. */
const nameVariants = new Map<string, NotificationName>([['booking-cancelled', 'booking-canceled']]);

/** The spec's name for a callback name as received; unknown names are returned unchanged. */
export function normaliseNotificationName(name: string): string {
  const trimmed = name.trim().toLowerCase();
  return nameVariants.get(trimmed) ?? trimmed;
}

export function isKnownNotificationName(name: string): name is NotificationName {
  return kindsByName.has(name);
}

/** The table's entry for a (normalised) name; undefined for a name we do not know. */
export function notificationKindOf(name: string): NotificationKind | undefined {
  return kindsByName.get(name);
}

/** A callback whose envelope was read: its name normalised and looked up in the table. */
export interface ReadNotification {
  notification: Notification;
  /** The spec's name (the seed's spellings normalised); an unknown name as it came. */
  event: string;
  /** The table's entry; undefined for a name we do not know (kept, never a crash). */
  kind: NotificationKind | undefined;
}
