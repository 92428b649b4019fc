// What we keep of a booking's details, from either of Docplanner's shapes of a booking: the API's
// `Booking` (getBooking/getBookings) and the notifications' `BookingNotification`. Both name the
// fields alike; only what the agenda shows is kept.
import type { BookingDetails } from './booking-record.ts';

export interface BookingLike {
  patient?:
    | { name: string; surname?: string; phone?: string | null; email?: string | null }
    | null
    | undefined;
  address_service?:
    | { id: string; name: string; service_id?: string | null; visit_payment?: boolean }
    | null
    | undefined;
  comment?: string | null | undefined;
  booked_at?: string | undefined;
  canceled_at?: string | null | undefined;
  canceled_by?: string | null | undefined;
  visit_payment?: boolean | null | undefined;
}

export function bookingDetails(booking: BookingLike): BookingDetails {
  const service = booking.address_service;
  return {
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
    // The spec puts it on the booking; the seed's example inside address_service.
    visitPayment: booking.visit_payment ?? service?.visit_payment ?? false,
  };
}
