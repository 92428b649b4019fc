import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { CurrentUser } from '../../shared/api/auth.ts';
import type { Visit } from '../../shared/api/visit.ts';
import type { SelectedRange } from '../features/agenda/AgendaCalendar.tsx';
import { AgendaScreen } from '../features/agenda/AgendaScreen.tsx';
import { type AgendaStore, createAgendaStore } from '../features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../features/agenda/use-agenda.tsx';
import { DaySheetRoute } from '../features/day-sheet/DaySheetRoute.tsx';
import { DeadLettersLink, DeadLettersRoute } from '../features/dead-letters/DeadLettersRoute.tsx';
import { OpenHoursNote } from '../features/hours/OpenHoursNote.tsx';
import { MappingLink, MappingRoute } from '../features/mapping/MappingRoute.tsx';
import { PaymentsLink, PaymentsRoute } from '../features/payments/PaymentsRoute.tsx';
import { applyVisitToPayments, reloadPayments } from '../features/payments/payments-store.ts';
import { setReminders } from '../features/reminders/reminders-store.ts';
import { MoveRefusedNotice } from '../features/visit-actions/MoveRefusedNotice.tsx';
import { useDragMoves } from '../features/visit-actions/use-drag-moves.ts';
import { fetchAgendaTakingEarly } from '../lib/early-agenda.ts';
import type { LiveSource } from '../lib/live-connection.ts';
import { loadSettings } from '../lib/settings.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { useBreaks } from './Breaks.tsx';
import { DaySheetEntry } from './DaySheetEntry.tsx';
import { DoctorPanel, DoctorToasts } from './DoctorTools.tsx';
import { FindPatient } from './FindPatient.tsx';
import { LiveIndicator } from './LiveIndicator.tsx';
import { OpenBreak, OpenVisitCard, PickedRange, preloadDialogs } from './lazy-dialogs.tsx';
import { useLiveAgenda } from './live-agenda.ts';
import { useOpenHours } from './OpenHours.tsx';
import { rememberedFilters, rememberFilters } from './remembered-filters.ts';
import { UserMenu } from './UserMenu.tsx';
import './app.css';

export interface AppProps {
  /** Tests pass their own store; the page builds one on the real API. */
  store?: AgendaStore;
  /** How to open the live stream; the browser's EventSource by default. */
  openLiveSource?: (url: string) => LiveSource;
  /** Who is signed in; each role sees its screens. Tests may leave it out to see everything. */
  user?: CurrentUser;
  onSignOut?: () => void;
}

/** The agenda and its features, for a signed-in user. */
export function App({ store, openLiveSource, user, onSignOut }: AppProps) {
  const userId = user?.username ?? 'local';
  const isDoctor = !user || user.role === 'doctor';
  const seesPayments = user?.role !== 'doctor';
  const isAdmin = user?.role === 'admin';
  // A doctor opens their own hours, an admin any doctor's.
  const opensHours = isAdmin || (user?.role === 'doctor' && user.doctorId !== null);
  const [agendaStore] = useState(
    () =>
      store ??
      createAgendaStore(fetchAgendaTakingEarly, {
        initialFilters: rememberedFilters(userId),
        onFiltersChange: (filters) => rememberFilters(userId, filters),
      }),
  );
  useEffect(() => {
    void loadSettings();
  }, []);
  // Once the first week is on screen, the dialogs' code, before anyone clicks.
  const agendaShown = useStore(agendaStore, (state) => state.agenda !== null);
  useEffect(() => (agendaShown ? preloadDialogs() : undefined), [agendaShown]);
  const openHours = useOpenHours(agendaStore, user !== undefined);
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const onSelectRange = useCallback((range: SelectedRange) => {
    setSelection(range);
  }, []);
  const { onVisitChanged } = openHours;
  const onVisit = useCallback(
    (visit: Parameters<typeof applyVisitToPayments>[0]) => {
      if (seesPayments) applyVisitToPayments(visit);
      onVisitChanged?.();
    },
    [seesPayments, onVisitChanged],
  );
  const applyVisit = useCallback(
    (visit: Visit) => agendaStore.getState().applyVisit(visit),
    [agendaStore],
  );
  const dragMoves = useDragMoves(applyVisit);
  const breaks = useBreaks(agendaStore, user !== undefined);
  const { reload: reloadBreaks } = breaks;
  const liveStatus = useLiveAgenda(agendaStore, {
    openSource: openLiveSource,
    onReminders: setReminders,
    onVisit: seesPayments || onVisitChanged ? onVisit : undefined,
    onReset: seesPayments ? reloadPayments : undefined,
    onBreaks: reloadBreaks,
  });
  return (
    <AgendaStoreProvider store={agendaStore}>
      <AppErrorBoundary>
        <div className="app">
          <AgendaScreen
            headerSearch={<FindPatient />}
            headerStatus={
              <>
                {liveStatus ? <LiveIndicator status={liveStatus} /> : null}
                <DaySheetEntry />
                {seesPayments ? <PaymentsLink /> : null}
                {isAdmin ? <MappingLink /> : null}
                {isAdmin ? <DeadLettersLink /> : null}
                {user && onSignOut ? <UserMenu user={user} onSignOut={onSignOut} /> : null}
              </>
            }
            aside={isDoctor ? <DoctorPanel /> : null}
            openHours={openHours.hours}
            onSelectRange={onSelectRange}
            rangeInUse={selection !== null}
            note={
              <>
                <OpenHoursNote problem={openHours.problem} onRetry={openHours.reload} />
                <MoveRefusedNotice failure={dragMoves.failure} onDismiss={dragMoves.dismiss} />
                <MoveRefusedNotice failure={breaks.failure} onDismiss={breaks.dismiss} />
                <OpenHoursNote problem={breaks.problem} onRetry={breaks.reload} />
              </>
            }
            visitMoves={dragMoves.moves}
            breaks={breaks.breaks}
            breakActions={breaks.actions}
          />
          {selection ? (
            <PickedRange
              selection={
                user?.role === 'doctor' ? { ...selection, doctorId: user.doctorId } : selection
              }
              opensHours={opensHours}
              chooseDoctor={isAdmin}
              onHoursPublished={openHours.reload}
              onAddBreak={breaks.actions ? breaks.add : undefined}
              onBooked={() => setSelection(null)}
              onClose={() => setSelection(null)}
            />
          ) : null}
          <OpenVisitCard />
          <OpenBreak pause={breaks.opened} onDelete={breaks.remove} onClose={breaks.close} />
          {isDoctor ? <DoctorToasts /> : null}
          {seesPayments ? <PaymentsRoute /> : null}
          {isAdmin ? <MappingRoute /> : null}
          {isAdmin ? <DeadLettersRoute /> : null}
          <DaySheetRoute />
        </div>
      </AppErrorBoundary>
    </AgendaStoreProvider>
  );
}
