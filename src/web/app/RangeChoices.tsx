// What to do with a range picked in the grid: book a patient into it, open or close hours, …
// Each feature brings its own choice; the app lists those this person may use.
import type { SelectedRange } from '../features/agenda/AgendaCalendar.tsx';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { formatVisitTime } from '../lib/facility-time.ts';
import { t } from '../lib/i18n/messages.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import './range-choices.css';

export interface RangeChoice {
  /** What the button says, e.g. "Book a patient". */
  label: string;
  /** One line under it: what it does. */
  description: string;
  onChoose: () => void;
}

export function RangeChoices({
  selection,
  choices,
  onClose,
}: {
  selection: SelectedRange;
  choices: readonly RangeChoice[];
  onClose: () => void;
}) {
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  const doctors = useAgenda((state) => state.agenda?.doctors);
  if (!timeZone) return null;
  const doctor = doctors?.find((candidate) => candidate.id === selection.doctorId);
  const when = formatVisitTime(selection.start, selection.end, timeZone);
  return (
    <Dialog
      title={when}
      subtitle={
        doctor
          ? t('app.range.doctor', { name: doctor.name, surname: doctor.surname }).trim()
          : undefined
      }
      onClose={onClose}
      className="range-choices"
    >
      <ul className="range-choices__list">
        {choices.map((choice) => (
          <li key={choice.label}>
            <Button className="range-choices__choice" onClick={choice.onChoose}>
              <span className="range-choices__label">{choice.label}</span>
              <span className="range-choices__description">{choice.description}</span>
            </Button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
