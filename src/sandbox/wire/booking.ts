// Wire shape of a booking. The list (getBookings) adds patient, address service and presence
// only on request; the single booking (getBooking) always carries them.
import type { Extensions } from '../http/with.ts';
import { toWireDateTime } from '../time.ts';
import type {
  AddressRecord,
  AddressServiceRecord,
  BookingRecord,
  PatientRecord,
} from '../world/model.ts';
import { addressServiceWire } from './clinic.ts';
import { bookingLinks } from './links.ts';

export interface BookingView {
  /** true for getBooking: patient, address_service and presence come without asking. */
  single: boolean;
  extensions: Extensions;
}

export function bookingWire(
  booking: BookingRecord,
  address: AddressRecord,
  addressService: AddressServiceRecord | undefined,
  view: BookingView,
) {
  const wants = (extension: string) => view.single || view.extensions.has(extension);
  return {
    id: booking.id,
    status: booking.status,
    start_at: toWireDateTime(booking.startAt),
    end_at: toWireDateTime(booking.endAt),
    duration: Math.round(
      (booking.endAt.epochMilliseconds - booking.startAt.epochMilliseconds) / 60_000,
    ),
    booked_by: booking.bookedBy,
    booked_at: toWireDateTime(booking.bookedAt),
    canceled_by: booking.canceledBy,
    canceled_at: booking.canceledAt ? toWireDateTime(booking.canceledAt) : null,
    ...(wants('booking.patient') && { patient: patientWire(booking.patient) }),
    ...(wants('booking.address_service') && {
      address_service: addressService ? addressServiceWire(addressService, view.extensions) : null,
    }),
    ...(wants('booking.presence') && { presence: booking.presence }),
    ...(view.extensions.has('booking.moving') && {
      moving: {
        origin_booking_id: booking.originBookingId,
        newest_booking_id: booking.newestBookingId,
      },
    }),
    ...(view.extensions.has('booking.confirmation') && { confirmed: booking.confirmed }),
    comment: booking.comment,
    insurance: null,
    visit_payment: booking.visitPayment,
    visit_payment_status: booking.visitPaymentStatus,
    // Deprecated on the list since 1.0.39 but still sent there; clients should read getBooking.
    videocall_url: booking.videocallUrl,
    _links: bookingLinks(address, booking),
  };
}

function patientWire(patient: PatientRecord) {
  return {
    name: patient.name,
    surname: patient.surname,
    email: patient.email,
    phone: patient.phone,
    birth_date: patient.birthDate,
    nin: patient.nin,
    gender: patient.gender,
    is_returning: patient.isReturning,
  };
}
