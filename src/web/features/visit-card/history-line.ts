// A history line in the page's language, from what the server recorded as data: who did it (a
// member of staff by name, or Docplanner's actor: the patient, the doctor, the clinic's software),
// and the times, on the clinic's clock.
import type { HistoryFacts } from '../../../shared/api/visit-history.ts';
import { formatterFor } from '../../lib/facility-time.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';

/** `Tue, 24 Nov, 09:00` on the clinic's clock, in the page's language. */
function moment(instant: string | undefined, timeZone: string): string {
  if (!instant) return '';
  return formatterFor(timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(instant));
}

/** Docplanner's actors as the select in the messages knows them (anything else: `other`). */
function actorOf(facts: HistoryFacts): string {
  const actor = facts.actor ?? '';
  return ['user', 'doctor', 'integration', 'docplanner'].includes(actor) ? actor : 'other';
}

// Docplanner's payment statuses, as reception says them; an unknown one is shown as sent.
const paymentWords = new Map<string, MessageId>([
  ['new', 'visit-card.history.payment.waiting'],
  ['waiting_for_confirmation', 'visit-card.history.payment.waiting'],
  ['pending', 'visit-card.history.payment.waiting'],
  ['in_progress', 'visit-card.history.payment.inProgress'],
  ['paid', 'visit-card.history.payment.paid'],
  ['successful', 'visit-card.history.payment.paid'],
  ['failed', 'visit-card.history.payment.failed'],
  ['canceled', 'visit-card.history.payment.cancelled'],
  ['cancelled', 'visit-card.history.payment.cancelled'],
  ['refunded', 'visit-card.history.payment.refunded'],
]);

function paymentWord(status: string | undefined): string {
  if (!status) return t('visit-card.history.payment.unknown');
  const id = paymentWords.get(status.toLowerCase());
  return id ? t(id) : status;
}

export function historyLine(facts: HistoryFacts, timeZone: string): string {
  const staff = facts.staff ?? '';
  switch (facts.kind) {
    case 'booked':
      return facts.start
        ? t('visit-card.history.line.booked', {
            actor: actorOf(facts),
            start: moment(facts.start, timeZone),
          })
        : t('visit-card.history.line.bookedPlain');
    case 'booked-by-phone':
      return t('visit-card.history.line.bookedByPhone', { staff });
    case 'cancelled':
      if (!staff) return t('visit-card.history.line.cancelled', { actor: actorOf(facts) });
      return facts.reason
        ? t('visit-card.history.line.cancelledByStaffWithReason', { staff, reason: facts.reason })
        : t('visit-card.history.line.cancelledByStaff', { staff });
    case 'confirmed':
      return staff
        ? t('visit-card.history.line.confirmedByStaff', { staff })
        : t('visit-card.history.line.confirmed');
    case 'payment':
      return t('visit-card.history.line.payment', {
        from: paymentWord(facts.paymentFrom),
        to: paymentWord(facts.paymentTo),
      });
    case 'arrived':
      return staff
        ? t('visit-card.history.line.arrivedByStaff', { staff })
        : t('visit-card.history.line.arrived');
    case 'no-show':
      return staff
        ? t('visit-card.history.line.noShowByStaff', { staff })
        : t('visit-card.history.line.noShow');
    case 'moved':
      return t('visit-card.history.line.movedByStaff', {
        staff,
        from: moment(facts.from, timeZone),
        to: moment(facts.to, timeZone),
      });
    case 'moved-to':
      return t('visit-card.history.line.movedTo', { to: moment(facts.to, timeZone) });
    case 'moved-from':
      return t('visit-card.history.line.movedFrom', { from: moment(facts.from, timeZone) });
  }
}
