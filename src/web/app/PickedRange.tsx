// A range picked in the grid, from the choice of what to do with it to the dialog that does it:
// book a patient who phones (everyone, into their own agenda for a doctor) or open and close
// hours on Docplanner (a doctor their own, an admin any doctor's).
import { useState } from 'react';
import type { Visit } from '../../shared/api/visit.ts';
import type { SelectedRange } from '../features/agenda/AgendaCalendar.tsx';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { BookPatientDialog } from '../features/phone-booking/BookPatientDialog.tsx';
import { OpenHoursDialog } from './OpenHours.tsx';
import { type RangeChoice, RangeChoices } from './RangeChoices.tsx';

type Use = 'choose' | 'book' | 'hours';

export interface PickedRangeProps {
  selection: SelectedRange;
  /** Whether this person opens and closes hours (a doctor their own, an admin anyone's). */
  opensHours: boolean;
  /** An admin picks the doctor whose hours open. */
  chooseDoctor: boolean;
  onHoursPublished: () => void;
  onBooked: (visit: Visit) => void;
  onClose: () => void;
}

export function PickedRange({
  selection,
  opensHours,
  chooseDoctor,
  onHoursPublished,
  onBooked,
  onClose,
}: PickedRangeProps) {
  const [use, setUse] = useState<Use>('choose');
  const agenda = useAgenda((state) => state.agenda);
  const applyVisit = useAgenda((state) => state.applyVisit);
  const forgetVisit = useAgenda((state) => state.forgetVisit);
  if (!agenda) return null;

  if (use === 'hours') {
    return (
      <OpenHoursDialog
        selection={selection}
        chooseDoctor={chooseDoctor}
        onClose={onClose}
        onPublished={onHoursPublished}
      />
    );
  }
  if (use === 'book') {
    return (
      <BookPatientDialog
        selection={selection}
        doctors={agenda.doctors}
        addresses={agenda.addresses}
        timeZone={agenda.facility.timeZone}
        applyVisit={applyVisit}
        forgetVisit={forgetVisit}
        onBooked={onBooked}
        onClose={onClose}
      />
    );
  }
  const choices: RangeChoice[] = [
    {
      label: 'Book a patient',
      description: 'A patient on the phone, into a free time here.',
      onChoose: () => setUse('book'),
    },
  ];
  if (opensHours) {
    choices.push({
      label: 'Open or close hours',
      description: 'The times patients can book on Docplanner.',
      onChoose: () => setUse('hours'),
    });
  }
  return <RangeChoices selection={selection} choices={choices} onClose={onClose} />;
}
