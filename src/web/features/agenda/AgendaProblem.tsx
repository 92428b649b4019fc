// What the doctor sees when the agenda could not be loaded: what happened, and a way to try again.
import type { ApiRequestError } from '../../lib/api-client.ts';
import { Button } from '../../ui/Button.tsx';
import { AlertIcon } from '../../ui/icons.tsx';
import './agenda-problem.css';

export function agendaProblemText(error: ApiRequestError): string {
  return `Could not load the agenda: ${error.message.replace(/\.$/, '')}.`;
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
        Retry
      </Button>
    </div>
  );
}
