// A break opened from the grid: when, whose, and Delete. (It moves by dragging it in the grid.)
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Break } from '../../../shared/api/breaks.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import './breaks.css';

export function BreakDialog({
  pause,
  doctor,
  addressName,
  timeZone,
  onDelete,
  onClose,
}: {
  pause: Break;
  doctor: AgendaDoctor | undefined;
  addressName: string | undefined;
  timeZone: string;
  onDelete: (pause: Break) => void;
  onClose: () => void;
}) {
  const saved = !pause.id.startsWith('adding-');
  return (
    <Dialog
      title={t('breaks.dialog.title')}
      subtitle={formatVisitTime(pause.start, pause.end, timeZone)}
      onClose={onClose}
      className="add-break"
    >
      <dl className="break-dialog__facts">
        {doctor ? (
          <>
            <dt>{t('breaks.field.doctor')}</dt>
            <dd>{t('breaks.doctor', { name: doctor.name, surname: doctor.surname }).trim()}</dd>
          </>
        ) : null}
        {addressName ? (
          <>
            <dt>{t('breaks.field.address')}</dt>
            <dd>{addressName}</dd>
          </>
        ) : null}
      </dl>
      <p className="add-break__hint">
        {saved ? t('breaks.dialog.moveHint') : t('breaks.dialog.saving')}
      </p>
      <div className="add-break__actions">
        <Button
          variant="primary"
          disabled={!saved}
          onClick={() => {
            onDelete(pause);
            onClose();
          }}
        >
          {t('breaks.dialog.delete')}
        </Button>
        <Button onClick={onClose}>{t('breaks.close')}</Button>
      </div>
    </Dialog>
  );
}
