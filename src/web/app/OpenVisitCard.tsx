// Joins the features: the agenda knows which visit is open, the visit card shows it, the visit
// actions act on it (and put what Docplanner answered back into the agenda). Choosing "Move
// visit" swaps the card for the move dialog; once moved, the card opens on the new booking.
import { useCallback, useEffect, useState } from 'react';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { MoveVisitDialog } from '../features/visit-actions/MoveVisitDialog.tsx';
import { VisitActions } from '../features/visit-actions/VisitActions.tsx';
import { VisitCard } from '../features/visit-card/VisitCard.tsx';
import { fetchVisitHistory } from '../lib/api-client.ts';
import { useSettings } from '../lib/settings.ts';

export function OpenVisitCard() {
  const visitId = useAgenda((state) => state.openVisitId);
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
  const openVisit = useAgenda((state) => state.openVisit);
  const applyVisit = useAgenda((state) => state.applyVisit);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const paymentWindow = useSettings((settings) => settings.paymentWindow);
  const [moving, setMoving] = useState(false);
  const [historyRevision, setHistoryRevision] = useState(0);
  const historyChanged = useCallback(() => setHistoryRevision((revision) => revision + 1), []);
  // Another visit opened: its card, not a move dialog.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a change of the open visit
  useEffect(() => setMoving(false), [visitId]);

  if (!visit || !timeZone) return null;
  if (moving) {
    return (
      <MoveVisitDialog
        visit={visit}
        timeZone={timeZone}
        applyVisit={applyVisit}
        onMoved={(newId) => {
          setMoving(false);
          openVisit(newId);
        }}
        onClose={() => setMoving(false)}
      />
    );
  }
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
      historyRevision={historyRevision}
      actions={
        <VisitActions
          key={visit.id}
          visit={visit}
          timeZone={timeZone}
          applyVisit={applyVisit}
          onMove={() => setMoving(true)}
          onSettled={historyChanged}
        />
      }
    />
  );
}
