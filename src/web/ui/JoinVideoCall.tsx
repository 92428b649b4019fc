// The way into a visit's video call, in a calendar block and in the visit card. Its state comes
// from the shared rule `joinState` on the server's clock, and is said in words: before the window
// a disabled "Join video call" that says when it opens, while open a link ("Join now" in a block
// shortly before the start), after the window "Video call ended" in the card (nothing in a block),
// nothing usable for a cancelled visit. One timer per button, set for the next change.
import type { Visit } from '../../shared/api/visit.ts';
import {
  type JoinWindowSettings,
  joinState,
  nextJoinChangeMs,
} from '../../shared/domain/join-window.ts';
import { formatTime, formatterFor } from '../lib/facility-time.ts';
import { t } from '../lib/i18n/messages.ts';
import { serverClock, useServerTimeAt } from '../lib/server-clock.ts';
import { isCancelledVisit } from '../lib/visit-text.ts';
import { VideoCameraIcon } from './icons.tsx';
import './join-video-call.css';

export interface JoinVideoCallProps {
  visit: Pick<Visit, 'start' | 'end' | 'status' | 'video'>;
  /** The clinic's join window (from the settings). */
  joinWindow: JoinWindowSettings;
  timeZone: string;
  /** `block`: small, inside a calendar block or list row; `card`: full width in the visit card. */
  size: 'block' | 'card';
  /** Render nothing unless the call can be joined now (dense overviews such as a month). */
  onlyWhenOpen?: boolean;
}

/** Marks the join control so a click on it never also opens the visit card. */
export const joinVideoAttribute = 'data-join-video';

function visitTimes(visit: JoinVideoCallProps['visit']) {
  return {
    startMs: Date.parse(visit.start),
    endMs: Date.parse(visit.end),
    canceled: isCancelledVisit(visit),
  };
}

/** "Opens at 13:00" today; "Opens Wed 25 Nov at 13:00" on another day, never mistaken for today. */
function opensText(opensAtMs: number, nowMs: number, timeZone: string): string {
  const time = formatTime(new Date(opensAtMs).toISOString(), timeZone);
  const dayFormat = formatterFor(timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
  const day = dayFormat.format(opensAtMs);
  return day === dayFormat.format(nowMs)
    ? t('ui.joinCall.opensAt', { time })
    : t('ui.joinCall.opensOn', { day, time });
}

export function JoinVideoCall({
  visit,
  joinWindow,
  timeZone,
  size,
  onlyWhenOpen = false,
}: JoinVideoCallProps) {
  const times = visitTimes(visit);
  // Re-renders when the state can next change (or the server clock is re-synced), not every second.
  const nowMs = useServerTimeAt(nextJoinChangeMs(times, serverClock.now(), joinWindow));
  const state = joinState(times, nowMs, joinWindow);
  const video = visit.video;
  if (!video) return null;
  if (onlyWhenOpen && (state.kind !== 'open' || video.kind !== 'link')) return null;
  const className = `join-call join-call--${size}`;
  const mark = { [joinVideoAttribute]: '' };
  const icon = <VideoCameraIcon size={size === 'card' ? 18 : 12} />;
  const action = t('ui.joinCall.action');

  if (state.kind === 'canceled') {
    return size === 'card' ? (
      <p className={`${className} join-call--note`}>{t('ui.joinCall.cancelled')}</p>
    ) : null;
  }
  if (video.kind === 'unavailable') {
    return (
      <span className={`${className} join-call--unavailable`} {...mark}>
        {icon}
        <span className="join-call__word">{t('ui.joinCall.unavailable')}</span>
      </span>
    );
  }
  if (state.kind === 'closed') {
    return size === 'card' ? (
      <p className={`${className} join-call--note`}>{t('ui.joinCall.ended')}</p>
    ) : null;
  }
  if (state.kind === 'not-yet') {
    const opens = opensText(state.opensAtMs, nowMs, timeZone);
    // Named "Join video call, Opens at 09:55": what it is, and why it cannot be used yet.
    return (
      <button type="button" className={`${className} join-call--waiting`} disabled {...mark}>
        {icon}
        {size === 'card' ? (
          <>
            <span className="join-call__word">{action}</span>
            <span className="visually-hidden">,</span>{' '}
            <span className="join-call__state">{opens}</span>
          </>
        ) : (
          <>
            <span className="visually-hidden">{action}, </span>{' '}
            <span className="join-call__word">{opens}</span>
          </>
        )}
      </button>
    );
  }
  // Open: named "Join video call" in every size; a block has room for a short word only.
  return (
    <a
      className={`${className}${state.emphasised ? ' join-call--now' : ''}`}
      href={video.href}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={action}
      {...mark}
    >
      {icon}
      {size === 'card' ? (
        <>
          <span className="join-call__word">{action}</span>{' '}
          <span className="join-call__state">{t('ui.joinCall.openNow')}</span>
        </>
      ) : (
        <span className="join-call__word">
          {state.emphasised ? t('ui.joinCall.shortNow') : t('ui.joinCall.short')}
        </span>
      )}
    </a>
  );
}
