// Joins the two features: the agenda knows which visit is open, the visit card shows it.
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { VisitCard } from '../features/visit-card/VisitCard.tsx';
import { fetchVisitHistory } from '../lib/api-client.ts';
import { useSettings } from '../lib/settings.ts';

export function OpenVisitCard() {
  const visit = useAgenda((state) =>
    state.openVisitId === null ? undefined : state.visitsById.get(state.openVisitId),
  );
  const address = useAgenda((state) =>
    visit ? state.addressesById.get(visit.addressId) : undefined,
  );
  const doctor = useAgenda((state) =>
    visit ? state.agenda?.doctors.find((candidate) => candidate.id === visit.doctorId) : undefined,
  );
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  const closeVisit = useAgenda((state) => state.closeVisit);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const paymentWindow = useSettings((settings) => settings.paymentWindow);

  if (!visit || !timeZone) return null;
  return (
    <VisitCard
      visit={visit}
      address={address}
      doctor={doctor}
      timeZone={timeZone}
      onClose={closeVisit}
      joinWindow={joinWindow}
      paymentWindow={paymentWindow}
      loadHistory={fetchVisitHistory}
    />
  );
}
