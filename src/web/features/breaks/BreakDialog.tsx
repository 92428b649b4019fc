// A break opened from the grid: when, whose, and Delete. (It moves by dragging it in the grid.)
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Break } from '../../../shared/api/breaks.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
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
      title="Break"
      subtitle={formatVisitTime(pause.start, pause.end, timeZone)}
      onClose={onClose}
      className="add-break"
    >
      <dl className="break-dialog__facts">
        {doctor ? (
          <>
            <dt>Doctor</dt>
            <dd>
              Dr {doctor.name} {doctor.surname}
            </dd>
          </>
        ) : null}
        {addressName ? (
          <>
            <dt>Address</dt>
            <dd>{addressName}</dd>
          </>
        ) : null}
      </dl>
      <p className="add-break__hint">
        {saved ? 'Drag the break in the grid to move it.' : 'Being saved on Docplanner…'}
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
          Delete break
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}
