// Today's online visits still ahead (or under way), soonest first, each with a live countdown and
// its Join button; the doctor's reminder preferences at the foot.
import { useId, useMemo } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { type ServerClock, serverClock, useServerNow } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';
import { VideoCameraIcon } from '../../ui/icons.tsx';
import { JoinVideoButton } from './JoinVideoButton.tsx';
import { ReminderPreferences } from './ReminderPreferences.tsx';
import { visitCountdown } from './visit-countdown.ts';
import './upcoming-video-visits.css';

export interface UpcomingVideoVisitsProps {
  /** The agenda's visits (any range holding today). */
  visits: readonly Visit[];
  timeZone: string;
  /** The page's server clock unless a test gives its own. */
  clock?: ServerClock;
}

function dayOf(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** Video visits of today (facility zone) not yet over and not cancelled, soonest first. */
export function upcomingVideoVisits(
  visits: readonly Visit[],
  nowMs: number,
  timeZone: string,
): Visit[] {
  const today = dayOf(nowMs, timeZone);
  return visits
    .filter(
      (visit) =>
        visit.video !== null &&
        !isCancelledVisit(visit) &&
        Date.parse(visit.end) > nowMs &&
        dayOf(Date.parse(visit.start), timeZone) === today,
    )
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

export function UpcomingVideoVisits({
  visits,
  timeZone,
  clock = serverClock,
}: UpcomingVideoVisitsProps) {
  const nowMs = useServerNow(1000, clock);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const reminderLeadMinutes = useSettings((settings) => settings.reminderLeadMinutes);
  // The list changes only when a visit ends or the day turns: recompute once a minute.
  const minuteStartMs = Math.floor(nowMs / 60_000) * 60_000;
  const upcoming = useMemo(
    () => upcomingVideoVisits(visits, minuteStartMs, timeZone),
    [visits, minuteStartMs, timeZone],
  );
  const titleId = useId();

  return (
    <section className="upcoming-video" aria-labelledby={titleId}>
      <h2 className="upcoming-video__title" id={titleId}>
        <VideoCameraIcon size={16} /> {t('reminders.upcoming.title')}
      </h2>
      {upcoming.length === 0 ? (
        <p className="upcoming-video__empty">{t('reminders.upcoming.empty')}</p>
      ) : (
        <ul className="upcoming-video__list">
          {upcoming.map((visit) => (
            <li key={visit.id} className="upcoming-video__item">
              <div className="upcoming-video__when">
                <span className="upcoming-video__time">{formatTime(visit.start, timeZone)}</span>
                <span className="upcoming-video__countdown">
                  {visitCountdown(Date.parse(visit.start), Date.parse(visit.end), nowMs)}
                </span>
              </div>
              <div className="upcoming-video__who">
                <span className="upcoming-video__patient">{patientName(visit)}</span>
                {visit.service ? (
                  <span className="upcoming-video__service">{visit.service.name}</span>
                ) : null}
              </div>
              <JoinVideoButton
                visit={visit}
                nowMs={nowMs}
                joinWindow={joinWindow}
                timeZone={timeZone}
              />
            </li>
          ))}
        </ul>
      )}
      <ReminderPreferences leadMinutes={reminderLeadMinutes} />
    </section>
  );
}
