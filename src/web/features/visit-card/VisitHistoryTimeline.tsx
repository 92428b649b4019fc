// What Docplanner told us about the visit and what the clinic did to it here, oldest first, as a
// small timeline. Each event is named in the page's language, and so is the line under it (who
// did it, from when to when), from its facts; a line kept before facts were written keeps the
// server's English account.
import type { VisitHistory } from '../../../shared/api/visit-history.ts';
import { formatDateTime } from '../../lib/facility-time.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { historyLine } from './history-line.ts';
import type { VisitHistoryState } from './use-visit-history.ts';

// Docplanner's event names (and the server's own `booked`), as reception names what happened.
// A Map: an event called `constructor` must not find Object's own.
const eventWords = new Map<string, MessageId>([
  ['slot-booked', 'visit-card.history.event.booked'],
  ['booked', 'visit-card.history.event.booked'],
  ['presence-marked', 'visit-card.history.event.attendance'],
  ['booking-confirmed', 'visit-card.history.event.confirmed'],
  ['slot-booking-confirmed', 'visit-card.history.event.confirmed'],
  ['booking-moved', 'visit-card.history.event.moved'],
  ['booking-canceled', 'visit-card.history.event.cancelled'],
  ['booking-cancelled', 'visit-card.history.event.cancelled'],
  ['booking-payment-status-changed', 'visit-card.history.event.payment'],
  ['visit-payment-updated', 'visit-card.history.event.payment'],
]);

function lineOf(entry: VisitHistory['entries'][number], timeZone: string): string {
  return entry.facts ? historyLine(entry.facts, timeZone) : entry.summary;
}

export function VisitHistoryTimeline({
  state,
  timeZone,
}: {
  state: VisitHistoryState;
  timeZone: string;
}) {
  return (
    <section className="visit-history" aria-labelledby="visit-history-title">
      <h3 id="visit-history-title" className="visit-history__title">
        {t('visit-card.history.title')}
      </h3>
      {state.status === 'loading' ? (
        <p className="visit-history__note">{t('visit-card.history.loading')}</p>
      ) : state.status === 'error' ? (
        <p className="visit-history__note">
          {t('visit-card.history.error', { reason: state.message.replace(/\.$/, '') })}
        </p>
      ) : state.history.entries.length === 0 ? (
        <p className="visit-history__note">{t('visit-card.history.empty')}</p>
      ) : (
        <ol className="visit-history__list">
          {state.history.entries.map((entry) => (
            <li
              key={`${entry.event}-${entry.occurredAt}`}
              className={`visit-history__entry visit-history__entry--${entry.event}`}
            >
              <span className="visit-history__dot" aria-hidden="true" />
              <span className="visit-history__event">
                {t(eventWords.get(entry.event) ?? 'visit-card.history.event.other')}
              </span>
              <time className="visit-history__time" dateTime={entry.occurredAt}>
                {formatDateTime(entry.occurredAt, timeZone)}
              </time>
              <span className="visit-history__summary">{lineOf(entry, timeZone)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
