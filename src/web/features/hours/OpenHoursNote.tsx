// Why the open hours are missing behind the visits, in one quiet line under the filters: the
// visits are still right, only the background layer is not, so no banner and no alarm.
import { t } from '../../lib/i18n/messages.ts';
import './open-hours-note.css';

export function OpenHoursNote({
  problem,
  onRetry,
}: {
  problem: string | null;
  onRetry: () => void;
}) {
  if (!problem) return null;
  return (
    <p className="open-hours-note" role="status">
      {problem}{' '}
      <button type="button" className="open-hours-note__retry" onClick={onRetry}>
        {t('hours.note.retry')}
      </button>
    </p>
  );
}
