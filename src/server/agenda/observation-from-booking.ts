// A booking read from Docplanner's API, as an observation made at the moment we read it.
import type { Booking } from '../../shared/docplanner/booking.ts';
import { bookingDetails } from '../projection/booking-details.ts';
import type { BookingObservation, BookingPlace } from '../projection/booking-record.ts';

export function observationFromBooking(
  booking: Booking,
  place: BookingPlace,
  readAtMs: number,
): BookingObservation {
  return {
    ...place,
    // Whole seconds, like Docplanner's created_at: a notification of the same second is not
    // taken for older than the read (and a tie goes to the later payment stage).
    atMs: Math.floor(readAtMs / 1000) * 1000,
    id: booking.id,
    startAt: booking.start_at,
    endAt: booking.end_at,
    status: booking.status,
    videocallUrl: booking.videocall_url ?? null,
    visitPaymentStatus: booking.visit_payment_status ?? null,
    presence: booking.presence ?? null,
    details: bookingDetails(booking),
  };
}
