// The way into a visit's video call, in a calendar block and in the visit card. Its state comes
// from the shared rule `joinState` on the server's clock: disabled and saying when it opens
// before the window, a link while open ("Join now" shortly before the start), nothing usable
// after the window or for a cancelled visit. One timer per button, set for the next change.
import type { Visit } from '../../shared/api/visit.ts';
import {
  type JoinWindowSettings,
  joinState,
  nextJoinChangeMs,
} from '../../shared/domain/join-window.ts';
import { formatTime, formatterFor } from '../lib/facility-time.ts';
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

/** `13:00` today; `Wed 25 Nov, 13:00` on another day, so a time is never mistaken for today's. */
function opensAtText(opensAtMs: number, nowMs: number, timeZone: string): string {
  const opens = new Date(opensAtMs).toISOString();
  const time = formatTime(opens, timeZone);
  const dayFormat = formatterFor(timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
  const day = (ms: number) => dayFormat.format(ms);
  return day(opensAtMs) === day(nowMs) ? time : `${day(opensAtMs)}, ${time}`;
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

  if (state.kind === 'canceled') {
    return size === 'card' ? (
      <p className={`${className} join-call--note`}>Cancelled — no video call</p>
    ) : null;
  }
  if (video.kind === 'unavailable') {
    return (
      <span className={`${className} join-call--unavailable`} {...mark}>
        <VideoCameraIcon size={size === 'card' ? 18 : 12} />
        <span className="join-call__word">Video link unavailable</span>
      </span>
    );
  }
  if (state.kind === 'closed') {
    return size === 'card' ? (
      <p className={`${className} join-call--note`}>The video call window has closed</p>
    ) : null;
  }
  if (state.kind === 'not-yet') {
    const opensAt = opensAtText(state.opensAtMs, nowMs, timeZone);
    return (
      <button type="button" className={`${className} join-call--waiting`} disabled {...mark}>
        <VideoCameraIcon size={size === 'card' ? 18 : 12} />
        <span className="visually-hidden">Join video call,</span>{' '}
        <span className="join-call__word">Opens at {opensAt}</span>
      </button>
    );
  }
  return (
    <a
      className={`${className}${state.emphasised ? ' join-call--now' : ''}`}
      href={video.href}
      target="_blank"
      rel="noopener noreferrer"
      {...mark}
    >
      <VideoCameraIcon size={size === 'card' ? 18 : 12} />
      {state.emphasised ? (
        <>
          <span className="join-call__word">Join now</span>{' '}
          <span className="visually-hidden">(video call)</span>
        </>
      ) : size === 'card' ? (
        <span className="join-call__word">Join video call</span>
      ) : (
        <>
          <span className="join-call__word">Join</span>{' '}
          <span className="visually-hidden">video call</span>
        </>
      )}
    </a>
  );
}
