// Joins the patient search to the agenda: a visit picked from what was found is shown in the
// agenda — its day, its card open.
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { PatientSearch } from '../features/patient-search/PatientSearch.tsx';
import { searchPatients } from '../features/patient-search/patient-search-api.ts';

export function FindPatient() {
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  const showVisit = useAgenda((state) => state.showVisit);
  // Until the agenda has come, there is no clinic clock to show times on, nor a day to go to.
  if (!timeZone) return null;
  return <PatientSearch timeZone={timeZone} search={searchPatients} onPick={showVisit} />;
}
