// What Docplanner told us about the visit and what the clinic did to it here, oldest first, as a
// small timeline.
import { formatVisitTime } from '../../lib/facility-time.ts';
import type { VisitHistoryState } from './use-visit-history.ts';

const eventWords: Record<string, string> = {
  'slot-booked': 'Booked',
  booked: 'Booked',
  'presence-marked': 'Presence',
  'booking-confirmed': 'Confirmed',
  'booking-moved': 'Moved',
  'booking-canceled': 'Cancelled',
  'booking-cancelled': 'Cancelled',
  'slot-booking-confirmed': 'Confirmed',
  'visit-payment-updated': 'Payment',
};

function when(instant: string, timeZone: string): string {
  // `Tue, 24 Nov 2026, 09:00–09:00` → keep the day and one time.
  return formatVisitTime(instant, instant, timeZone).replace(/–\d\d:\d\d$/, '');
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
        History
      </h3>
      {state.status === 'loading' ? (
        <p className="visit-history__note">Loading the history…</p>
      ) : state.status === 'error' ? (
        <p className="visit-history__note">Could not load the history: {state.message}</p>
      ) : state.history.entries.length === 0 ? (
        <p className="visit-history__note">No changes recorded yet.</p>
      ) : (
        <ol className="visit-history__list">
          {state.history.entries.map((entry) => (
            <li
              key={`${entry.event}-${entry.occurredAt}`}
              className={`visit-history__entry visit-history__entry--${entry.event}`}
            >
              <span className="visit-history__dot" aria-hidden="true" />
              <span className="visit-history__event">{eventWords[entry.event] ?? entry.event}</span>
              <time className="visit-history__time" dateTime={entry.occurredAt}>
                {when(entry.occurredAt, timeZone)}
              </time>
              <span className="visit-history__summary">{entry.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
