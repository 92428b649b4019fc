// Says, above the agenda, that it is not live: the browser is offline, or what is shown is the
// copy the service worker kept when the server could not be reached, and since when.
import { Temporal } from 'temporal-polyfill';
import { formatDateTime, formatTime, todayIn } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useOffline } from '../../lib/offline/offline-state.ts';
import { Banner } from '../../ui/Banner.tsx';

/** The time, with its day when that is not today (a copy kept from another day). */
function syncedWhen(instant: string, timeZone: string): string {
  const sameDay =
    todayIn(timeZone) ===
    Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  return sameDay ? formatTime(instant, timeZone) : formatDateTime(instant, timeZone);
}

export function OfflineBanner({
  timeZone,
  syncedAt,
}: {
  timeZone: string;
  /** When the server last synced what is shown with Docplanner, when it says. */
  syncedAt: string | null;
}) {
  const online = useOffline((state) => state.online);
  const copyReceivedAt = useOffline((state) => state.copyReceivedAt);
  if (online && copyReceivedAt === null) return null;
  const when = copyReceivedAt ?? syncedAt;
  return (
    <Banner tone="warning" role="status">
      {when
        ? t('agenda.offline.since', { time: syncedWhen(when, timeZone) })
        : t('agenda.offline.unknown')}
    </Banner>
  );
}
