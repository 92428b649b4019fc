// How a visit is named in the clinic's words, the same in the agenda and in the visit card.
import type { Visit } from '../../shared/api/visit.ts';

export function patientName(visit: Pick<Visit, 'patient'>): string {
  return `${visit.patient.name} ${visit.patient.surname}`.trim() || 'Unnamed patient';
}

/** Docplanner spells it `canceled`; accept the British spelling too. */
export function isCancelledVisit(visit: Pick<Visit, 'status'>): boolean {
  const status = visit.status.toLowerCase();
  return status === 'canceled' || status === 'cancelled';
}

/** Docplanner's status word as a person reads it; unknown words are shown as they are. */
export function visitStatusLabel(status: string): string {
  switch (status.toLowerCase()) {
    case 'booked':
      return 'Booked';
    case 'canceled':
    case 'cancelled':
      return 'Cancelled';
    case 'confirmed':
      return 'Confirmed';
    case 'finished':
    case 'completed':
      return 'Completed';
    default:
      return status === '' ? 'Unknown' : status.charAt(0).toUpperCase() + status.slice(1);
  }
}
