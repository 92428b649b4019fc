// What one Docplanner notification tells us about bookings: the observations to fold into the
// projection and one line of history per booking. Pure: no I/O, no clock.

import type { z } from 'zod';
import type { HistoryFacts } from '../../shared/api/visit-history.ts';
import {
  type BookingNotification,
  bookingEventDataSchema,
  bookingMovedDataSchema,
  type Notification,
  normaliseNotificationName,
  type notificationContextSchema,
} from '../../shared/docplanner/notification.ts';
import { bookingDetails } from './booking-details.ts';
import type { BookingObservation, BookingPlace } from './booking-record.ts';

export interface HistoryEntry {
  bookingId: string;
  event: string;
  occurredAt: string;
  /** What happened, in words and without patient data. */
  summary: string;
  /** The same as data, for the page to word in its language. */
  facts?: HistoryFacts;
}

export type Interpretation =
  | {
      kind: 'bookings';
      event: string;
      observations: BookingObservation[];
      history: HistoryEntry[];
    }
  /** Understood, but not about bookings (breaks, address services …). */
  | { kind: 'other'; event: string }
  /** A name we do not know: kept in the inbox and logged, never a crash. */
  | { kind: 'unknown'; event: string }
  /** A known booking event whose data we cannot read. */
  | { kind: 'invalid'; event: string; reason: string };

function placeOf(data: z.output<typeof notificationContextSchema>): BookingPlace {
  return { facilityId: data.facility.id, doctorId: data.doctor.id, addressId: data.address.id };
}

function observe(
  booking: BookingNotification,
  place: BookingPlace,
  atMs: number,
  extra: Partial<BookingObservation> = {},
): BookingObservation {
  return {
    ...place,
    atMs,
    id: booking.id,
    startAt: booking.start_at,
    endAt: booking.end_at,
    status: booking.status,
    videocallUrl: booking.videocall_url ?? null,
    details: bookingDetails(booking),
    ...(booking.patient ? {} : { patientMissing: true as const }),
    ...extra,
  };
}

/** Docplanner's actor words as a receptionist says them. */
function bookedBy(actor: string | null | undefined): string {
  switch (actor) {
    case 'user':
      return 'the patient';
    case 'doctor':
      return 'the doctor';
    case 'integration':
      return 'the clinic (integration)';
    case 'docplanner':
      return 'Docplanner';
    default:
      return actor ?? 'unknown';
  }
}

const bookingEvents = new Set([
  'slot-booked',
  'booking-canceled',
  'booking-confirmed',
  'booking-payment-status-changed',
  'presence-marked',
]);
const otherKnownEvents = new Set([
  'slot-booking',
  'booking-moving',
  'break-created',
  'break-removed',
  'break-moved',
  'address-service-created',
  'address-service-deleted',
  'address-service-changed',
  'address-commercial-type-changed',
  'address-assigned',
  'address-unassigned',
]);

/** How a date-time is written in history lines (the clinic's words; ISO when not given). */
export type TimeWords = (isoDateTime: string) => string;

export function interpretNotification(
  notification: Notification,
  words: TimeWords = (iso) => iso,
): Interpretation {
  const event = normaliseNotificationName(notification.name);
  const atMs = Date.parse(notification.created_at);
  const occurredAt = notification.created_at;

  if (event === 'booking-moved') {
    const parsed = bookingMovedDataSchema.safeParse(notification.data);
    if (!parsed.success) return { kind: 'invalid', event, reason: parsed.error.message };
    const { old_visit_booking: old, new_visit_booking: moved } = parsed.data;
    const place = placeOf(parsed.data);
    return {
      kind: 'bookings',
      event,
      observations: [
        observe(old, place, atMs, { status: 'canceled', movedTo: moved.id }),
        // The link survives a move: carry it over when the new payload lacks it.
        observe(moved, place, atMs, {
          videocallUrl: moved.videocall_url ?? old.videocall_url ?? null,
          movedFrom: old.id,
        }),
      ],
      history: [
        {
          bookingId: old.id,
          event,
          occurredAt,
          summary: `Moved to ${words(moved.start_at)} (booking ${moved.id})`,
          facts: { kind: 'moved-to', to: moved.start_at },
        },
        {
          bookingId: moved.id,
          event,
          occurredAt,
          summary: `Moved here from ${words(old.start_at)} (booking ${old.id})`,
          facts: { kind: 'moved-from', from: old.start_at },
        },
      ],
    };
  }

  if (bookingEvents.has(event)) {
    const parsed = bookingEventDataSchema.safeParse(notification.data);
    if (!parsed.success) return { kind: 'invalid', event, reason: parsed.error.message };
    const booking = parsed.data.visit_booking;
    const place = placeOf(parsed.data);
    let extra: Partial<BookingObservation> = {};
    let summary = '';
    let facts: HistoryFacts | undefined;
    switch (event) {
      case 'slot-booked':
        summary = `Booked by ${bookedBy(booking.booked_by)} for ${words(booking.start_at)}`;
        facts = {
          kind: 'booked',
          ...(booking.booked_by ? { actor: booking.booked_by } : {}),
          start: booking.start_at,
        };
        break;
      case 'booking-canceled':
        extra = { status: 'canceled' };
        summary = `Cancelled by ${bookedBy(booking.canceled_by || 'docplanner')}`;
        facts = { kind: 'cancelled', actor: booking.canceled_by || 'docplanner' };
        break;
      case 'booking-confirmed':
        extra = { confirmed: true };
        summary = 'Confirmed';
        facts = { kind: 'confirmed' };
        break;
      case 'booking-payment-status-changed': {
        const change = parsed.data.visit_payment_status;
        if (!change) return { kind: 'invalid', event, reason: 'visit_payment_status is missing' };
        extra = {
          visitPaymentStatus: change.status_to,
          paymentStatusAtMs: change.changed_at ? Date.parse(change.changed_at) : atMs,
        };
        summary = `Payment: ${change.status_from ?? '?'} → ${change.status_to}`;
        facts = {
          kind: 'payment',
          ...(change.status_from ? { paymentFrom: change.status_from } : {}),
          paymentTo: change.status_to,
        };
        break;
      }
      case 'presence-marked': {
        const presence = parsed.data.presence?.toLowerCase();
        if (presence !== 'present' && presence !== 'absent') {
          return { kind: 'invalid', event, reason: `unknown presence ${parsed.data.presence}` };
        }
        extra = { presence };
        summary = presence === 'present' ? 'Patient marked present' : 'Patient marked absent';
        facts = { kind: presence === 'present' ? 'arrived' : 'no-show' };
        break;
      }
    }
    return {
      kind: 'bookings',
      event,
      observations: [observe(booking, place, atMs, extra)],
      history: [{ bookingId: booking.id, event, occurredAt, summary, ...(facts ? { facts } : {}) }],
    };
  }

  if (otherKnownEvents.has(event)) return { kind: 'other', event };
  return { kind: 'unknown', event };
}
