// What one Docplanner notification tells us about bookings: the observations to fold into the
// projection and one line of history per booking. Pure: no I/O, no clock.

import type { z } from 'zod';
import type { HistoryFacts } from '../../shared/api/visit-history.ts';
import type {
  BookingNotification,
  bookingEventDataSchema,
  bookingMovedDataSchema,
  NotificationRefresh,
  notificationContextSchema,
  ReadNotification,
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
  /** Understood, but not about bookings (breaks, address services …): what to read again. */
  | {
      kind: 'other';
      event: string;
      refreshes: NotificationRefresh | null;
    }
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

/** How a date-time is written in history lines (the clinic's words; ISO when not given). */
export type TimeWords = (isoDateTime: string) => string;

type BookingEventData = z.output<typeof bookingEventDataSchema>;
type MovedBookingData = z.output<typeof bookingMovedDataSchema>;

interface Occurrence {
  event: string;
  atMs: number;
  occurredAt: string;
  words: TimeWords;
}

/** booking-moved: the old booking canceled, the new one it became, a history line on each. */
function interpretMove(data: MovedBookingData, at: Occurrence): Interpretation {
  const { event, atMs, occurredAt, words } = at;
  const { old_visit_booking: old, new_visit_booking: moved } = data;
  const place = placeOf(data);
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

/** The events that carry one booking: what each changes of it, and its history line. */
function interpretBooking(data: BookingEventData, at: Occurrence): Interpretation {
  const { event, atMs, occurredAt, words } = at;
  const booking = data.visit_booking;
  const place = placeOf(data);
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
      const change = data.visit_payment_status;
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
      const presence = data.presence?.toLowerCase();
      if (presence !== 'present' && presence !== 'absent') {
        return { kind: 'invalid', event, reason: `unknown presence ${data.presence}` };
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

/** What a read notification (see ingest/notification-body.ts) tells, by its kind in the table. */
export function interpretNotification(
  { notification, event, kind }: ReadNotification,
  words: TimeWords = (iso) => iso,
): Interpretation {
  if (!kind) return { kind: 'unknown', event };
  if (kind.reads === 'nothing') return { kind: 'other', event, refreshes: kind.refreshes };
  const at = {
    event,
    atMs: Date.parse(notification.created_at),
    occurredAt: notification.created_at,
    words,
  };
  // The table's schema for the kind reads its data.
  if (kind.reads === 'moved-booking') {
    const parsed = kind.data.safeParse(notification.data);
    if (!parsed.success) return { kind: 'invalid', event, reason: parsed.error.message };
    return interpretMove(parsed.data, at);
  }
  const parsed = kind.data.safeParse(notification.data);
  if (!parsed.success) return { kind: 'invalid', event, reason: parsed.error.message };
  return interpretBooking(parsed.data, at);
}
