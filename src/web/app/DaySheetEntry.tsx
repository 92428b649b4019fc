// Joins the agenda and the day sheet: in the day view, "Day sheet" opens the day on screen for
// the doctor the agenda shows (reception picks one with the doctor filter; a doctor's agenda is
// their own). With every doctor shown, the sheet has a page per doctor.
import { Temporal } from 'temporal-polyfill';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { DaySheetLink } from '../features/day-sheet/DaySheetRoute.tsx';

export function DaySheetEntry() {
  const isDayView = useAgenda((state) => state.view === 'timeGridDay');
  // A doctor's agenda holds that doctor alone: their sheet, not "every doctor".
  const doctorId = useAgenda((state) => {
    const doctors = state.agenda?.doctors ?? [];
    return state.doctorId ?? (doctors.length === 1 ? (doctors[0]?.id ?? null) : null);
  });
  const date = useAgenda((state) => {
    const timeZone = state.agenda?.facility.timeZone;
    if (!state.range || !timeZone) return null;
    return Temporal.Instant.from(state.range.from)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString();
  });
  if (!isDayView || date === null) return null;
  return <DaySheetLink date={date} doctorId={doctorId} />;
}
