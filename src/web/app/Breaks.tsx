// Joins the agenda and the breaks feature: the doctors' breaks for the range on screen are drawn
// in the grid, read again when the live stream says they changed; a click opens one (Delete, OpenBreak.tsx),
// a drag moves it, a range picked in the grid can become one; a refusal is said in words.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { AddBreakRequest, Break } from '../../shared/api/breaks.ts';
import type { BreakActions } from '../features/agenda/AgendaCalendar.tsx';
import type { AgendaStore } from '../features/agenda/agenda-store.ts';
import {
  fetchBreaks,
  sendAddBreak,
  sendDeleteBreak,
  sendMoveBreak,
} from '../features/breaks/breaks-api.ts';
import { type BreaksStore, createBreaksStore } from '../features/breaks/breaks-store.ts';
import { useFollowAgendaRange } from './follow-agenda-range.ts';

const breaksApi = {
  load: fetchBreaks,
  add: sendAddBreak,
  move: (pause: Break, to: { start: string; end: string }, key: string) =>
    sendMoveBreak(pause, to, key),
  remove: sendDeleteBreak,
};

export function useBreaks(agendaStore: AgendaStore, enabled: boolean) {
  const [store] = useState<BreaksStore>(() => createBreaksStore(breaksApi));
  const breaks = useStore(store, (state) => state.breaks);
  const failure = useStore(store, (state) => state.failure);
  const problem = useStore(store, (state) => state.problem);
  const [opened, setOpened] = useState<Break | null>(null);

  useFollowAgendaRange(agendaStore, enabled, store.getState().show);

  const actions = useMemo(
    (): BreakActions => ({
      open: (pause) => {
        const found = store.getState().breaks.find((other) => other.id === pause.id);
        if (found) setOpened(found);
      },
      move: (pause, start, end) => {
        const found = store.getState().breaks.find((other) => other.id === pause.id);
        return found ? store.getState().move(found, { start, end }) : Promise.resolve(false);
      },
    }),
    [store],
  );

  // Stable across renders: the live stream reconnects when its handlers change.
  const commands = useMemo(
    () => ({
      dismiss: () => store.getState().dismissFailure(),
      reload: () => store.getState().reload(),
      add: (request: AddBreakRequest) => store.getState().add(request),
      remove: (pause: Break) => void store.getState().remove(pause),
      close: () => setOpened(null),
    }),
    [store],
  );

  return {
    breaks: enabled ? breaks : undefined,
    actions: enabled ? actions : undefined,
    failure,
    problem: enabled ? problem : null,
    opened,
    ...commands,
  };
}
