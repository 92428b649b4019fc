// Every change to the agenda that Docplanner announces goes through here: the record changes
// (world/visits.ts) and the notification the real API emits for it leaves in the same step.
// The API routes, the marketplace and the control API all call these.
import { Temporal } from 'temporal-polyfill';
import type { MoveBookingRequest } from '../shared/docplanner/booking-requests.ts';
import type { BookSlotRequest } from '../shared/docplanner/slot.ts';
import { ApiError } from './http/errors.ts';
import {
  bookingCanceled,
  bookingConfirmed,
  bookingMoved,
  type CallbackPaymentStatus,
  paymentStatusChanged,
  presenceMarked,
  slotBooked,
} from './notifications/events.ts';
import type { SandboxState } from './state.ts';
import type { AddressRecord, BookedBy, BookingRecord, PatientRecord } from './world/model.ts';
import { bookSlot, cancelVisit, moveVisit } from './world/visits.ts';

/** The guide's payment window: an unpaid prepaid visit is cancelled at booked_at + 90 min. */
export const paymentWindowMinutes = 90;

const nowOf = (state: SandboxState) =>
  Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());

export function addressOf(state: SandboxState, booking: BookingRecord): AddressRecord {
  const address = state.world.addresses.find((candidate) => candidate.id === booking.addressId);
  if (!address)
    throw new Error(`Booking ${booking.id} points at unknown address ${booking.addressId}`);
  return address;
}

/** The newest booking of a visit's chain (a move hands the visit to a new id). */
export function newestOf(state: SandboxState, booking: BookingRecord): BookingRecord {
  return (
    state.world.bookings.find((candidate) => candidate.id === booking.newestBookingId) ?? booking
  );
}

export function bookThroughApi(
  state: SandboxState,
  address: AddressRecord,
  start: Temporal.Instant,
  request: BookSlotRequest,
): BookingRecord {
  const now = nowOf(state);
  const booking = bookSlot(state.world, address, start, request, now);
  state.notifications.emit(slotBooked(state.world, booking, now));
  return booking;
}

export interface PatientBooking {
  address: AddressRecord;
  start: Temporal.Instant;
  addressServiceId: string;
  durationMinutes: number;
  patient: PatientRecord;
  comment: string | null;
  /** Prepaid through Docplanner (only where the address takes payments). */
  prepaid: boolean;
}

/** A Docplanner patient books a slot: slot-booked, and on prepaid visits the payment window. */
export function bookAsPatient(state: SandboxState, plan: PatientBooking): BookingRecord {
  const now = nowOf(state);
  const booking = bookSlot(
    state.world,
    plan.address,
    plan.start,
    {
      address_service_id: plan.addressServiceId,
      duration: plan.durationMinutes,
      is_returning: plan.patient.isReturning,
      patient: {
        name: plan.patient.name,
        surname: plan.patient.surname,
        email: plan.patient.email ?? undefined,
        phone: plan.patient.phone ?? '',
        birth_date: plan.patient.birthDate ?? undefined,
        nin: plan.patient.nin ?? undefined,
        gender: plan.patient.gender ?? undefined,
      },
      comment: plan.comment ?? undefined,
    },
    now,
  );
  booking.bookedBy = 'user';
  booking.patient = { ...plan.patient };
  booking.visitPayment = plan.prepaid && plan.address.visitPayment;
  booking.visitPaymentStatus = booking.visitPayment ? 'not-paid' : null;
  state.notifications.emit(slotBooked(state.world, booking, now));
  if (booking.visitPayment) watchPaymentWindow(state, booking);
  return booking;
}

/** Cancels the visit when its window ends unpaid — once, whatever moves happened meanwhile. */
function watchPaymentWindow(state: SandboxState, booking: BookingRecord): void {
  const world = state.world;
  const deadline = booking.bookedAt.add({ minutes: paymentWindowMinutes });
  state.timers.at(deadline, `payment window of ${booking.id}`, (dueAt) => {
    if (state.world !== world) return; // the world was reset meanwhile
    const current = newestOf(state, booking);
    if (current.status !== 'booked' || current.visitPaymentStatus === 'paid') return;
    cancelBooking(state, current, 'user', dueAt);
  });
}

export function cancelBooking(
  state: SandboxState,
  booking: BookingRecord,
  by: BookedBy,
  at: Temporal.Instant = nowOf(state),
): void {
  cancelVisit(booking, at, by);
  state.notifications.emit(bookingCanceled(state.world, booking, at));
}

export function moveBooking(
  state: SandboxState,
  booking: BookingRecord,
  target: { address: AddressRecord; request: MoveBookingRequest },
  by: BookedBy = 'integration',
): BookingRecord {
  const now = nowOf(state);
  const moved = moveVisit(state.world, booking, addressOf(state, booking), target, now, by);
  state.notifications.emit(bookingMoved(state.world, { old: booking, new: moved }, now));
  return moved;
}

export function confirmBooking(state: SandboxState, booking: BookingRecord): void {
  const now = nowOf(state);
  if (booking.confirmed) throw new ApiError(409, 'Visit has already been confirmed');
  if (booking.status !== 'booked') throw new ApiError(409, 'Visit has been canceled');
  if (booking.startAt.epochMilliseconds < now.epochMilliseconds) {
    throw new ApiError(409, 'Visit is in the past');
  }
  booking.confirmed = true;
  state.notifications.emit(bookingConfirmed(state.world, booking, now));
}

export function markPresence(
  state: SandboxState,
  booking: BookingRecord,
  presence: 'present' | 'absent',
): void {
  const now = nowOf(state);
  if (booking.status !== 'booked') throw new ApiError(409, 'Visit is marked as canceled');
  if (booking.startAt.epochMilliseconds > now.epochMilliseconds) {
    throw new ApiError(400, 'Visit is in the future');
  }
  booking.presence = presence;
  state.notifications.emit(presenceMarked(state.world, booking, now));
}

/** The callback's words; the seed's own words on old visits are read as their nearest state. */
function callbackWord(status: string | null): CallbackPaymentStatus | null {
  const words: Record<string, CallbackPaymentStatus> = {
    paid: 'paid',
    successful: 'paid',
    waiting_for_confirmation: 'waiting_for_confirmation',
    in_progress: 'waiting_for_confirmation',
    'not-paid': 'not-paid',
    new: 'not-paid',
    failed: 'not-paid',
    canceled: 'not-paid',
    refunded: 'refunded',
    charged_back: 'charged_back',
  };
  return status === null ? null : (words[status] ?? null);
}

export function changePayment(
  state: SandboxState,
  booking: BookingRecord,
  to: CallbackPaymentStatus,
): void {
  if (!booking.visitPayment) {
    throw new ApiError(422, `Visit ${booking.id} is not paid through Docplanner`);
  }
  const now = nowOf(state);
  const from = callbackWord(booking.visitPaymentStatus);
  booking.visitPaymentStatus = to;
  state.notifications.emit(paymentStatusChanged(state.world, booking, { from, to }, now));
}
