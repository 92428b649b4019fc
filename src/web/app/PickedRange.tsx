// A range picked in the grid, from the choice of what to do with it to the dialog that does it:
// book a patient who phones (everyone, into their own agenda for a doctor), add a break, or open
// and close hours on Docplanner (a doctor their own, an admin any doctor's).
import { useState } from 'react';
import type { AddBreakRequest } from '../../shared/api/breaks.ts';
import type { Visit } from '../../shared/api/visit.ts';
import type { SelectedRange } from '../features/agenda/AgendaCalendar.tsx';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { AddBreakDialog } from '../features/breaks/AddBreakDialog.tsx';
import { BookPatientDialog } from '../features/phone-booking/BookPatientDialog.tsx';
import { t } from '../lib/i18n/messages.ts';
import { OpenHoursDialog } from './OpenHours.tsx';
import { type RangeChoice, RangeChoices } from './RangeChoices.tsx';

type Use = 'choose' | 'book' | 'hours' | 'break';

export interface PickedRangeProps {
  selection: SelectedRange;
  /** Whether this person opens and closes hours (a doctor their own, an admin anyone's). */
  opensHours: boolean;
  /** An admin picks the doctor whose hours open. */
  chooseDoctor: boolean;
  onHoursPublished: () => void;
  /** Adds a break over the range (drawn at once); absent where breaks are not shown. */
  onAddBreak?: ((request: AddBreakRequest) => void) | undefined;
  onBooked: (visit: Visit) => void;
  onClose: () => void;
}

export function PickedRange({
  selection,
  opensHours,
  chooseDoctor,
  onHoursPublished,
  onAddBreak,
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
  if (use === 'break' && onAddBreak) {
    return (
      <AddBreakDialog
        selection={selection}
        doctors={agenda.doctors}
        addresses={agenda.addresses}
        timeZone={agenda.facility.timeZone}
        onAdd={onAddBreak}
        onClose={onClose}
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
      label: t('app.range.book.label'),
      description: t('app.range.book.description'),
      onChoose: () => setUse('book'),
    },
  ];
  if (onAddBreak) {
    choices.push({
      label: t('app.range.break.label'),
      description: t('app.range.break.description'),
      onChoose: () => setUse('break'),
    });
  }
  if (opensHours) {
    choices.push({
      label: t('app.range.hours.label'),
      description: t('app.range.hours.description'),
      onChoose: () => setUse('hours'),
    });
  }
  return <RangeChoices selection={selection} choices={choices} onClose={onClose} />;
}
