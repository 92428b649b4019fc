// Joins the agenda and the hours feature: the slots Docplanner holds for the range on screen are
// drawn behind the visits, and a range selected in the grid opens the hours dialog for the
// doctor (their own hours; an admin picks any doctor).
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { SelectedRange } from '../features/agenda/AgendaCalendar.tsx';
import type { AgendaStore } from '../features/agenda/agenda-store.ts';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import { fetchSlots } from '../features/hours/hours-api.ts';
import { createOpenHoursStore, type OpenHoursStore } from '../features/hours/open-hours-store.ts';
import { t } from '../lib/i18n/messages.ts';
import { Spinner } from '../ui/Spinner.tsx';
import { useFollowAgendaRange } from './follow-agenda-range.ts';

// The dialog opens only when a doctor or an admin selects a range, so its code is a chunk of its
// own, fetched the first time it opens. The slots drawn behind the visits stay with the agenda.
const HoursDialog = lazy(() =>
  import('../features/hours/HoursDialog.tsx').then((module) => ({ default: module.HoursDialog })),
);

/**
 * A visit booked or cancelled changes Docplanner's free slots: re-read them once things settle
 * (one read of every address per burst of changes, not one per visit).
 */
const reloadAfterVisitMs = 5_000;

export function useOpenHours(agendaStore: AgendaStore, enabled: boolean) {
  const [store] = useState<OpenHoursStore>(() => createOpenHoursStore(fetchSlots));
  const hours = useStore(store, (state) => state.hours);
  const problem = useStore(store, (state) => state.problem);

  useFollowAgendaRange(agendaStore, enabled, store.getState().show);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const onVisitChanged = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => store.getState().reload(), reloadAfterVisitMs);
  }, [store]);

  return {
    hours: enabled ? hours : undefined,
    problem: enabled ? problem : null,
    reload: () => store.getState().reload(),
    onVisitChanged: enabled ? onVisitChanged : undefined,
  };
}

export function OpenHoursDialog({
  selection,
  chooseDoctor,
  onClose,
  onPublished,
}: {
  selection: SelectedRange;
  chooseDoctor: boolean;
  onClose: () => void;
  onPublished: () => void;
}) {
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const timeZone = useAgenda((state) => state.agenda?.facility.timeZone);
  if (!doctors || !timeZone) return null;
  return (
    <Suspense fallback={<HoursDialogLoading />}>
      <HoursDialog
        selection={selection}
        doctors={doctors}
        chooseDoctor={chooseDoctor}
        timeZone={timeZone}
        onClose={onClose}
        onPublished={onPublished}
      />
    </Suspense>
  );
}

/** Where the dialog will be, while its code arrives: the same backdrop and panel, and a spinner. */
function HoursDialogLoading() {
  return (
    <div className="dialog-backdrop">
      <div className="dialog">
        <div className="dialog__header">
          <Spinner label={t('app.hours.loading')} />
        </div>
      </div>
    </div>
  );
}
