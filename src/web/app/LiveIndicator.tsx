// The header's connection state: the live stream's status, with the data's age taken from the
// last event or, before any, from when the agenda was read.
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useAgenda } from '../features/agenda/use-agenda.tsx';
import type { LiveStatus } from '../lib/live-connection.ts';
import { ConnectionIndicator } from '../ui/ConnectionIndicator.tsx';

export function LiveIndicator({ status }: { status: StoreApi<LiveStatus> }) {
  const state = useStore(status, (value) => value.state);
  const lostAtMs = useStore(status, (value) => value.lostAtMs);
  const lastMessageAtMs = useStore(status, (value) => value.lastMessageAtMs);
  const fetchedAt = useAgenda((value) => value.agenda?.fetchedAt);
  const timeZone = useAgenda((value) => value.agenda?.facility.timeZone);
  if (!timeZone) return null;
  const fetchedAtMs = fetchedAt ? Date.parse(fetchedAt) : null;
  const dataAtMs =
    lastMessageAtMs === null ? fetchedAtMs : Math.max(lastMessageAtMs, fetchedAtMs ?? 0);
  return (
    <ConnectionIndicator
      state={state}
      lostAtMs={lostAtMs}
      dataAtMs={dataAtMs}
      timeZone={timeZone}
    />
  );
}
