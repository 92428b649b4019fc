// The callbacks Docplanner sends, built from the sandbox's records in the spec's example shapes:
// `{name, data: {facility, doctor, address, …}, created_at}` with a BookingNotification in
// `visit_booking` (CONTRACT §11). `visit_payment_status` never appears inside `visit_booking`.
import type { Temporal } from 'temporal-polyfill';
import { toWireDateTime } from '../time.ts';
import type { AddressRecord, AddressServiceRecord, BookingRecord, World } from '../world/model.ts';

export interface SandboxEvent {
  name: string;
  data: Record<string, unknown>;
  created_at: string;
}

/** The callback's words for a payment (`booking-payment-status-changed`). */
export type CallbackPaymentStatus =
  | 'paid'
  | 'waiting_for_confirmation'
  | 'not-paid'
  | 'refunded'
  | 'charged_back';

export interface BreakRecordView {
  id: string;
  since: Temporal.Instant;
  till: Temporal.Instant;
}

function event(name: string, data: Record<string, unknown>, at: Temporal.Instant): SandboxEvent {
  return { name, data, created_at: toWireDateTime(at) };
}

/** `facility`, `doctor` and `address`: every event says where it happened. */
export function eventContext(world: World, address: AddressRecord): Record<string, unknown> {
  const facility = world.facilities.find((candidate) => candidate.id === address.facilityId);
  const doctor = world.doctors.find((candidate) => candidate.id === address.doctorId);
  return {
    facility: { id: address.facilityId, name: facility?.name ?? '' },
    doctor: { id: address.doctorId, name: doctor?.name ?? '', surname: doctor?.surname ?? '' },
    address: {
      id: address.id,
      name: address.name,
      street: address.street,
      post_code: address.postCode,
      city_name: address.cityName,
    },
  };
}

/** A stable UUID-like signature per booking, as the examples carry one. */
function signatureOf(bookingId: string): string {
  let hash = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    for (const char of `${bookingId}:${round}`)
      hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    hex.push((hash >>> 0).toString(16).padStart(8, '0'));
  }
  const all = hex.join('');
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20, 32)}`;
}

/** BookingNotification: the booking as the callbacks carry it. */
export function bookingNotificationWire(
  booking: BookingRecord,
  service: AddressServiceRecord | undefined,
) {
  return {
    id: booking.id,
    status: booking.status,
    start_at: toWireDateTime(booking.startAt),
    end_at: toWireDateTime(booking.endAt),
    duration: Math.round(
      (booking.endAt.epochMilliseconds - booking.startAt.epochMilliseconds) / 60_000,
    ),
    booked_by: booking.bookedBy,
    canceled_by: booking.canceledBy,
    booked_at: toWireDateTime(booking.bookedAt),
    canceled_at: booking.canceledAt ? toWireDateTime(booking.canceledAt) : null,
    address_service: service
      ? {
          id: service.id,
          name: service.name,
          price: service.price,
          is_price_from: service.isPriceFrom,
          is_visible: service.isVisible,
        }
      : null,
    patient: {
      name: booking.patient.name,
      surname: booking.patient.surname,
      email: booking.patient.email,
      phone: booking.patient.phone,
      birth_date: booking.patient.birthDate,
      nin: booking.patient.nin,
      gender: booking.patient.gender,
      is_returning: booking.patient.isReturning,
    },
    signature: signatureOf(booking.id),
    comment: booking.comment ?? '',
    insurance: null,
    visit_payment: booking.visitPayment,
    ...(booking.videocallUrl !== null && { videocall_url: booking.videocallUrl }),
  };
}

function bookingData(world: World, booking: BookingRecord): Record<string, unknown> {
  const address = world.addresses.find((candidate) => candidate.id === booking.addressId);
  const service = world.addressServices.find(
    (candidate) => candidate.id === booking.addressServiceId,
  );
  return {
    ...(address ? eventContext(world, address) : {}),
    visit_booking: bookingNotificationWire(booking, service),
  };
}

export const slotBooked = (world: World, booking: BookingRecord, at: Temporal.Instant) =>
  event('slot-booked', bookingData(world, booking), at);

export const bookingCanceled = (world: World, booking: BookingRecord, at: Temporal.Instant) =>
  event('booking-canceled', bookingData(world, booking), at);

export const bookingConfirmed = (world: World, booking: BookingRecord, at: Temporal.Instant) =>
  event('booking-confirmed', bookingData(world, booking), at);

export function bookingMoved(
  world: World,
  moves: { old: BookingRecord; new: BookingRecord },
  at: Temporal.Instant,
): SandboxEvent {
  // The context is where the visit is now; the old booking keeps its own address in its links.
  const { visit_booking: newBooking, ...context } = bookingData(world, moves.new);
  const { visit_booking: oldBooking } = bookingData(world, moves.old);
  return event(
    'booking-moved',
    { ...context, old_visit_booking: oldBooking, new_visit_booking: newBooking },
    at,
  );
}

export function presenceMarked(world: World, booking: BookingRecord, at: Temporal.Instant) {
  const presence = booking.presence === 'absent' ? 'ABSENT' : 'PRESENT';
  return event('presence-marked', { ...bookingData(world, booking), presence }, at);
}

export function paymentStatusChanged(
  world: World,
  booking: BookingRecord,
  change: { from: CallbackPaymentStatus | null; to: CallbackPaymentStatus },
  at: Temporal.Instant,
): SandboxEvent {
  return event(
    'booking-payment-status-changed',
    {
      ...bookingData(world, booking),
      visit_payment_status: {
        status_from: change.from,
        status_to: change.to,
        changed_at: toWireDateTime(at),
      },
    },
    at,
  );
}

export function addressServiceEvent(
  world: World,
  name: 'address-service-created' | 'address-service-changed' | 'address-service-deleted',
  service: AddressServiceRecord,
  at: Temporal.Instant,
): SandboxEvent {
  const address = world.addresses.find((candidate) => candidate.id === service.addressId);
  return event(
    name,
    {
      ...(address ? eventContext(world, address) : {}),
      address_service: {
        id: service.id,
        name: service.name,
        price: service.price,
        is_price_from: service.isPriceFrom,
        is_default: service.isDefault,
        description: service.description,
        service_id: service.serviceId,
        is_visible: service.isVisible,
      },
    },
    at,
  );
}

export function breakEvent(
  world: World,
  name: 'break-created' | 'break-moved' | 'break-removed',
  address: AddressRecord,
  calendarBreak: BreakRecordView,
  at: Temporal.Instant,
): SandboxEvent {
  return event(
    name,
    {
      ...eventContext(world, address),
      break: {
        id: calendarBreak.id,
        since: toWireDateTime(calendarBreak.since),
        till: toWireDateTime(calendarBreak.till),
      },
    },
    at,
  );
}
