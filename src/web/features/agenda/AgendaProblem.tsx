// What the doctor sees when the agenda could not be loaded: what happened, and a way to try again.
import type { ApiRequestError } from '../../lib/api-client.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { AlertIcon } from '../../ui/icons.tsx';
import './agenda-problem.css';

/**
 * The sentence for a failed load. What went wrong (`error.message`) is already in the page's
 * language (api-client); only an error code the catalog does not know keeps the server's words.
 */
export function agendaProblemText(error: ApiRequestError): string {
  return t('agenda.problem.text', { reason: error.message.replace(/\.$/, '') });
}

export function AgendaProblem({
  error,
  onRetry,
  compact = false,
}: {
  error: ApiRequestError;
  onRetry: () => void;
  /** A strip above the calendar (older data still visible) instead of a full panel. */
  compact?: boolean;
}) {
  return (
    <div className={`agenda-problem${compact ? ' agenda-problem--compact' : ''}`} role="alert">
      <AlertIcon />
      <p className="agenda-problem__text">{agendaProblemText(error)}</p>
      <Button variant="primary" onClick={onRetry}>
        {t('agenda.problem.retry')}
      </Button>
    </div>
  );
}
