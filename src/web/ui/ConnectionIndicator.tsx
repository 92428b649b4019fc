// Whether the agenda is live: a dot and words (never the dot alone), and when the connection is
// lost, since when and how old the data on screen is.
import { formatTime } from '../lib/facility-time.ts';
import { t } from '../lib/i18n/messages.ts';
import type { LiveState } from '../lib/live-connection.ts';
import './connection-indicator.css';

export interface ConnectionIndicatorProps {
  state: LiveState;
  /** Server time when the stream was lost. */
  lostAtMs: number | null;
  /** Server time the data on screen is from (last event, or the agenda's answer). */
  dataAtMs: number | null;
  timeZone: string;
}

export function connectionText({
  state,
  lostAtMs,
  dataAtMs,
  timeZone,
}: ConnectionIndicatorProps): string {
  const at = (ms: number) => formatTime(new Date(ms).toISOString(), timeZone);
  switch (state) {
    case 'live':
      return t('ui.connection.live');
    case 'connecting':
      return t('ui.connection.connecting');
    case 'reconnecting':
      return t('ui.connection.reconnecting');
    case 'offline': {
      if (lostAtMs === null) {
        return dataAtMs === null
          ? t('ui.connection.offline')
          : t('ui.connection.offlineUpdated', { updated: at(dataAtMs) });
      }
      return dataAtMs === null
        ? t('ui.connection.offlineSince', { since: at(lostAtMs) })
        : t('ui.connection.offlineSinceUpdated', { since: at(lostAtMs), updated: at(dataAtMs) });
    }
  }
}

export function ConnectionIndicator(props: ConnectionIndicatorProps) {
  return (
    <p className={`connection connection--${props.state}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__text">{connectionText(props)}</span>
    </p>
  );
}
