// A booking read from Docplanner's API, as an observation made at the moment we read it.
import type { Booking } from '../../shared/docplanner/booking.ts';
import type { BookingObservation, BookingPlace } from '../projection/booking-record.ts';

export function observationFromBooking(
  booking: Booking,
  place: BookingPlace,
  readAtMs: number,
): BookingObservation {
  const service = booking.address_service;
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
    details: {
      patient: {
        name: booking.patient?.name ?? '',
        surname: booking.patient?.surname ?? '',
        phone: booking.patient?.phone ?? null,
        email: booking.patient?.email ?? null,
      },
      service: service
        ? { id: service.id, name: service.name, dictionaryId: service.service_id ?? null }
        : null,
      comment: booking.comment ?? null,
      bookedAt: booking.booked_at ?? null,
      canceledAt: booking.canceled_at ?? null,
      canceledBy: booking.canceled_by ? booking.canceled_by : null,
      visitPayment: booking.visit_payment ?? service?.visit_payment ?? false,
    },
  };
}
