// Changes to the agenda made through the API: book a slot, cancel a visit, move a visit.
// Every change goes through here so the next pass can emit its notification in one place.
import { Temporal } from 'temporal-polyfill';
import type { MoveBookingRequest } from '../../shared/docplanner/booking-requests.ts';
import type { BookSlotRequest } from '../../shared/docplanner/slot.ts';
import { ApiError } from '../http/errors.ts';
import { seededRandom } from '../random.ts';
import { toWireDateTime } from '../time.ts';
import { videoRoom } from './bookings.ts';
import type { AddressRecord, BookedBy, BookingRecord, World } from './model.ts';
import { doctorVisits, openSlots, overlapsAny } from './slots.ts';

/** Payment states in which Docplanner still holds the patient's money. */
const settledPaymentStates = new Set(['refunded', 'charged_back', 'failed', 'canceled']);

export function bookSlot(
  world: World,
  address: AddressRecord,
  start: Temporal.Instant,
  request: BookSlotRequest,
  now: Temporal.Instant,
): BookingRecord {
  const wire = toWireDateTime(start);
  const [slot] = openSlots(world, { address, from: start, to: start, now });
  if (!slot)
    throw new ApiError(404, `Unable to perform booking. Requested target slot (${wire}) not found`);
  const service = world.addressServices.find(
    (candidate) =>
      candidate.id === request.address_service_id && candidate.addressId === address.id,
  );
  if (!service) throw new ApiError(404, 'Service does not exist');
  if (!slot.services.some((offered) => offered.addressServiceId === service.id)) {
    throw new ApiError(
      404,
      `Unable to perform booking. Slot (${wire}) does not support service ${service.id}`,
    );
  }
  const end = start.add({ minutes: request.duration });
  if (request.duration < 1 || overlapsAny(doctorVisits(world, address.doctorId), start, end)) {
    throw new ApiError(404, `Unable to perform booking. Requested target slot (${wire}) not found`);
  }
  const id = nextBookingId(world);
  const booking: BookingRecord = {
    id,
    addressId: address.id,
    addressServiceId: service.id,
    status: 'booked',
    startAt: start,
    endAt: end,
    bookedBy: 'integration',
    bookedAt: now,
    canceledBy: '',
    canceledAt: null,
    patient: {
      name: request.patient.name,
      surname: request.patient.surname ?? '',
      email: request.patient.email ?? null,
      phone: request.patient.phone,
      birthDate: request.patient.birth_date ?? null,
      nin: request.patient.nin ?? null,
      gender: request.patient.gender ?? null,
      isReturning: request.is_returning ?? false,
    },
    comment: request.comment ?? null,
    presence: null,
    // Booked by the clinic's own software: the patient does not pay through Docplanner.
    visitPayment: false,
    visitPaymentStatus: null,
    videocallUrl: address.isOnlineOnly
      ? videoRoom(seededRandom(world.nextBookingNumber * 7919))
      : null,
    confirmed: false,
    originBookingId: id,
    newestBookingId: id,
  };
  world.bookings.push(booking);
  sortAgenda(world);
  return booking;
}

export function cancelVisit(
  booking: BookingRecord,
  now: Temporal.Instant,
  by: BookedBy = 'integration',
): void {
  if (booking.status !== 'booked') {
    throw new ApiError(400, `Visit ${booking.id} cannot be canceled because it is not booked`);
  }
  booking.status = 'canceled';
  booking.canceledBy = by;
  booking.canceledAt = now;
}

export interface MoveTarget {
  address: AddressRecord;
  request: MoveBookingRequest;
}

/** Cancels `booking` and books its successor under a new id; the video room stays the same. */
export function moveVisit(
  world: World,
  booking: BookingRecord,
  from: AddressRecord,
  target: MoveTarget,
  now: Temporal.Instant,
  by: BookedBy = 'integration',
): BookingRecord {
  if (booking.status !== 'booked')
    throw new ApiError(409, 'The visit has already been canceled or moved');
  const service = world.addressServices.find(
    (candidate) => candidate.id === target.request.address_service_id,
  );
  if (!service) throw new ApiError(400, 'Service does not exist');
  if (service.addressId !== target.address.id)
    throw new ApiError(400, 'Service does not belong to the address');
  const holdsMoney =
    booking.visitPayment && !settledPaymentStates.has(booking.visitPaymentStatus ?? 'canceled');
  const otherAccount = target.address.doctorId !== from.doctorId || !target.address.visitPayment;
  if (holdsMoney && otherAccount) {
    throw new ApiError(
      422,
      'This booking has a payment on it and the target address bills through a different payment account. Cancel the booking and create a new one instead.',
    );
  }
  const start = target.request.start
    ? Temporal.Instant.from(target.request.start)
    : booking.startAt;
  const minutes = target.request.duration ?? service.durationMinutes;
  if (minutes < 1)
    throw new ApiError(400, 'Invalid arguments', { duration: ['Must be at least 1 minute'] });
  const end = start.add({ minutes });
  const doctorId = target.address.doctorId;
  if (overlapsAny(doctorVisits(world, doctorId, booking.id), start, end)) {
    throw new ApiError(
      409,
      `Unable to move booking. Requested target slot (${toWireDateTime(start)}) is already booked`,
    );
  }
  const id = nextBookingId(world);
  const successor: BookingRecord = {
    ...booking,
    id,
    addressId: target.address.id,
    addressServiceId: service.id,
    startAt: start,
    endAt: end,
    bookedAt: now,
    presence: null,
    videocallUrl: target.address.isOnlineOnly
      ? (booking.videocallUrl ?? videoRoom(seededRandom(world.nextBookingNumber * 7919)))
      : null,
    newestBookingId: id,
  };
  cancelVisit(booking, now, by);
  for (const earlier of world.bookings) {
    if (earlier.originBookingId === booking.originBookingId) earlier.newestBookingId = id;
  }
  world.bookings.push(successor);
  sortAgenda(world);
  return successor;
}

/** API-made visits are numbered 8xxxxxxxx, apart from the seeded ones (yymmddNNN). */
function nextBookingId(world: World): string {
  const id = `8${String(world.nextBookingNumber).padStart(8, '0')}`;
  world.nextBookingNumber += 1;
  return id;
}

function sortAgenda(world: World): void {
  world.bookings.sort((a, b) => a.startAt.epochMilliseconds - b.startAt.epochMilliseconds);
}
