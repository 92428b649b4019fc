// Folds an observation into what we know of a booking so that the result does not depend on the
// order or the number of times observations arrive: a duplicate changes nothing, a stale update
// after a newer one is ignored, and a cancel wins whenever it comes (Docplanner never books a
// canceled id again: a move creates a new id).
import { isDeepStrictEqual } from 'node:util';
import type { BookingObservation, BookingRecord } from './booking-record.ts';

const canceled = 'canceled';

function isCanceled(status: string): boolean {
  return status === canceled || status === 'cancelled';
}

/** A canonical text of what an observation says about the ordinary fields. */
function observationKey(observation: BookingObservation): string {
  const { facilityId, doctorId, addressId, startAt, endAt, status, details } = observation;
  return JSON.stringify([facilityId, doctorId, addressId, startAt, endAt, status, details]);
}

/** Payment words in the order a payment moves through them; a tie goes to the later stage. */
const paymentStages = [
  'new',
  'not-paid',
  'waiting_for_confirmation',
  'in_progress',
  'failed',
  'successful',
  'paid',
  'canceled',
  'refunded',
  'charged_back',
];

function paymentStage(status: string): number {
  return paymentStages.indexOf(status);
}

function paymentWins(
  existing: { status: string | null; atMs: number | null },
  incoming: { status: string; atMs: number },
): boolean {
  if (existing.status === null || existing.atMs === null) return true;
  if (incoming.atMs !== existing.atMs) return incoming.atMs > existing.atMs;
  const byStage = paymentStage(incoming.status) - paymentStage(existing.status);
  return byStage !== 0 ? byStage > 0 : incoming.status > existing.status;
}

export function recordFromObservation(observation: BookingObservation): BookingRecord {
  return {
    id: observation.id,
    facilityId: observation.facilityId,
    doctorId: observation.doctorId,
    addressId: observation.addressId,
    startAt: observation.startAt,
    endAt: observation.endAt,
    status: isCanceled(observation.status) ? canceled : observation.status,
    movedTo: observation.movedTo ?? null,
    videocallUrl: observation.videocallUrl ?? null,
    visitPaymentStatus: observation.visitPaymentStatus ?? null,
    paymentStatusAtMs:
      observation.visitPaymentStatus != null
        ? (observation.paymentStatusAtMs ?? observation.atMs)
        : null,
    presence: observation.presence ?? null,
    presenceAtMs: observation.presence != null ? observation.atMs : null,
    confirmed: observation.confirmed ?? false,
    details: observation.details,
    updatedAtMs: observation.atMs,
    updatedKey: observationKey(observation),
  };
}

/** The booking after `observation`; the same object when nothing changes. */
export function mergeBooking(
  existing: BookingRecord | undefined,
  observation: BookingObservation,
): BookingRecord {
  if (!existing) return recordFromObservation(observation);

  const key = observationKey(observation);
  const newer =
    observation.atMs > existing.updatedAtMs ||
    (observation.atMs === existing.updatedAtMs && key > existing.updatedKey);
  const next: BookingRecord = { ...existing, details: { ...existing.details } };

  if (newer) {
    next.facilityId = observation.facilityId;
    next.doctorId = observation.doctorId;
    next.addressId = observation.addressId;
    next.startAt = observation.startAt;
    next.endAt = observation.endAt;
    next.details = {
      ...observation.details,
      // Facts that only ever become true are never taken back by an older-looking payload.
      visitPayment: existing.details.visitPayment || observation.details.visitPayment,
      canceledAt: observation.details.canceledAt ?? existing.details.canceledAt,
      canceledBy: observation.details.canceledBy ?? existing.details.canceledBy,
      service: observation.details.service ?? existing.details.service,
      patient: observation.patientMissing ? existing.details.patient : observation.details.patient,
    };
    if (!isCanceled(existing.status)) next.status = observation.status;
    next.updatedAtMs = observation.atMs;
    next.updatedKey = key;
  } else {
    next.details.visitPayment = existing.details.visitPayment || observation.details.visitPayment;
  }

  // A cancel is final, whenever it arrives.
  if (isCanceled(observation.status)) {
    next.status = canceled;
    next.details.canceledAt = existing.details.canceledAt ?? observation.details.canceledAt;
    next.details.canceledBy = existing.details.canceledBy ?? observation.details.canceledBy;
  }
  next.movedTo = existing.movedTo ?? observation.movedTo ?? null;
  // Docplanner never changes a video link once issued; a payload without one does not erase it.
  next.videocallUrl = existing.videocallUrl ?? observation.videocallUrl ?? null;
  next.confirmed = existing.confirmed || (observation.confirmed ?? false);

  if (observation.visitPaymentStatus != null) {
    const incoming = {
      status: observation.visitPaymentStatus,
      atMs: observation.paymentStatusAtMs ?? observation.atMs,
    };
    const current = { status: existing.visitPaymentStatus, atMs: existing.paymentStatusAtMs };
    if (paymentWins(current, incoming)) {
      next.visitPaymentStatus = incoming.status;
      next.paymentStatusAtMs = incoming.atMs;
    }
  }
  if (observation.presence != null) {
    const at = observation.atMs;
    const current = existing.presenceAtMs;
    if (
      current === null ||
      at > current ||
      (at === current && observation.presence > (existing.presence ?? ''))
    ) {
      next.presence = observation.presence;
      next.presenceAtMs = at;
    }
  }

  return sameRecord(existing, next) ? existing : next;
}

export function sameRecord(a: BookingRecord, b: BookingRecord): boolean {
  return isDeepStrictEqual(a, b);
}
