// The break a click opened (a chunk of its own, see lazy-dialogs.tsx).
import type { Break } from '../../shared/api/breaks.ts';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { BreakDialog } from '../features/breaks/BreakDialog.tsx';

/** The break a click opened, with its doctor and address named. */
export function OpenBreak({
  pause,
  onDelete,
  onClose,
}: {
  pause: Break | null;
  onDelete: (pause: Break) => void;
  onClose: () => void;
}) {
  const agenda = useAgenda((state) => state.agenda);
  if (!pause || !agenda) return null;
  return (
    <BreakDialog
      pause={pause}
      doctor={agenda.doctors.find((doctor) => doctor.id === pause.doctorId)}
      addressName={agenda.addresses.find((address) => address.id === pause.addressId)?.name}
      timeZone={agenda.facility.timeZone}
      onDelete={onDelete}
      onClose={onClose}
    />
  );
}
