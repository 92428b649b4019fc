// How a visit is named in the clinic's words, the same in the agenda and in the visit card.
import type { Visit } from '../../shared/api/visit.ts';
import { type MessageId, t } from './i18n/messages.ts';

export function patientName(visit: Pick<Visit, 'patient'>): string {
  return `${visit.patient.name} ${visit.patient.surname}`.trim() || t('ui.visit.unnamedPatient');
}

/** Docplanner spells it `canceled`; accept the British spelling too. */
export function isCancelledVisit(visit: Pick<Visit, 'status'>): boolean {
  const status = visit.status.toLowerCase();
  return status === 'canceled' || status === 'cancelled';
}

const statusWords: Record<string, MessageId> = {
  booked: 'ui.visit.status.booked',
  canceled: 'ui.visit.status.cancelled',
  cancelled: 'ui.visit.status.cancelled',
  confirmed: 'ui.visit.status.confirmed',
  finished: 'ui.visit.status.completed',
  completed: 'ui.visit.status.completed',
};

/** Docplanner's status word as a person reads it; unknown words are shown as they are. */
export function visitStatusLabel(status: string): string {
  const known = Object.hasOwn(statusWords, status.toLowerCase())
    ? statusWords[status.toLowerCase()]
    : undefined;
  if (known) return t(known);
  return status === ''
    ? t('ui.visit.status.unknown')
    : status.charAt(0).toUpperCase() + status.slice(1);
}
