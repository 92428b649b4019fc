// The way into a video visit from a reminder or the upcoming list, following the shared join
// window: disabled with the opening time before it opens, "Join now" shortly before the start,
// gone for a cancelled visit, and only ever a link to a web address the server let through.
import type { Visit } from '../../../shared/api/visit.ts';
import { type JoinWindowSettings, joinState } from '../../../shared/domain/join-window.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';
import { VideoCameraIcon } from '../../ui/icons.tsx';
import './join-video-button.css';

export interface JoinVideoButtonProps {
  visit: Visit;
  nowMs: number;
  joinWindow: JoinWindowSettings;
  timeZone: string;
}

export function JoinVideoButton({ visit, nowMs, joinWindow, timeZone }: JoinVideoButtonProps) {
  const who = patientName(visit);
  if (visit.video?.kind !== 'link') {
    return (
      <span className="join-video join-video--unavailable">{t('reminders.join.unavailable')}</span>
    );
  }
  const state = joinState(
    {
      startMs: Date.parse(visit.start),
      endMs: Date.parse(visit.end),
      canceled: isCancelledVisit(visit),
    },
    nowMs,
    joinWindow,
  );
  switch (state.kind) {
    case 'canceled':
      return null;
    case 'closed':
      return (
        <button type="button" className="join-video" disabled>
          <VideoCameraIcon size={14} />
          {t('reminders.join.closed')}
        </button>
      );
    case 'not-yet':
      return (
        <button type="button" className="join-video" disabled>
          <VideoCameraIcon size={14} />
          {t('reminders.join.opensAt', {
            time: formatTime(new Date(state.opensAtMs).toISOString(), timeZone),
          })}
        </button>
      );
    case 'open':
      return (
        <a
          className={`join-video${state.emphasised ? ' join-video--now' : ''}`}
          href={visit.video.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={
            state.emphasised
              ? t('reminders.join.now.withPatient', { patient: who })
              : t('reminders.join.call.withPatient', { patient: who })
          }
        >
          <VideoCameraIcon size={14} />
          {state.emphasised ? t('reminders.join.now') : t('reminders.join.call')}
        </a>
      );
  }
}
