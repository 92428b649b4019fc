// Why a visit dragged in the grid went back to its time: read out at once, closed by the person.
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import './move-refused-notice.css';

export function MoveRefusedNotice({
  failure,
  onDismiss,
}: {
  failure: string | null;
  onDismiss: () => void;
}) {
  if (!failure) return null;
  return (
    <div className="move-refused" role="alert">
      <span>{failure}</span>
      <Button onClick={onDismiss}>{t('visit-actions.notice.dismiss')}</Button>
    </div>
  );
}
