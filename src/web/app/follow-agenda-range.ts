// A layer drawn with the agenda (open hours, breaks) reads the range the agenda shows: now, and
// whenever the agenda moves to another one.
import { useEffect } from 'react';
import type { AgendaStore } from '../features/agenda/agenda-store.ts';
import type { InstantRange } from '../lib/facility-time.ts';

export function useFollowAgendaRange(
  agendaStore: AgendaStore,
  enabled: boolean,
  show: (range: InstantRange) => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    const follow = (range: InstantRange | null) => {
      if (range) show(range);
    };
    follow(agendaStore.getState().range);
    return agendaStore.subscribe((state, previous) => {
      if (state.range !== previous.range) follow(state.range);
    });
  }, [agendaStore, enabled, show]);
}
