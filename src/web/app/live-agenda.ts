// Joins the live stream to the features: visits into the agenda store, reminders into the
// reminders store, the clock into the server clock. Opens once the first agenda has arrived
// (its liveCursor is where the stream starts) and closes with the page.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ActiveReminder } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import type { AgendaStore } from '../features/agenda/agenda-store.ts';
import { connectLive, type LiveSource, type LiveStatus } from '../lib/live-connection.ts';

export interface LiveAgendaOptions {
  /** How to open the stream; defaults to the browser's EventSource (none in tests unless given). */
  openSource?: ((url: string) => LiveSource) | undefined;
  onReminders?: ((reminders: ActiveReminder[]) => void) | undefined;
  /** Also told of every visit (e.g. the payments board). */
  onVisit?: ((visit: Visit) => void) | undefined;
  /** Told when a doctor's breaks changed. */
  onBreaks?: (() => void) | undefined;
  /** Also told when the stream had to start over (reload what you hold). */
  onReset?: (() => Promise<void>) | undefined;
}

function browserSource(): ((url: string) => LiveSource) | undefined {
  if (typeof globalThis.EventSource !== 'function') return undefined;
  return (url) => new EventSource(url) as LiveSource;
}

export function useLiveAgenda(
  agendaStore: AgendaStore,
  { openSource, onReminders, onVisit, onReset, onBreaks }: LiveAgendaOptions = {},
): StoreApi<LiveStatus> | null {
  const [status, setStatus] = useState<StoreApi<LiveStatus> | null>(null);

  useEffect(() => {
    const open = openSource ?? browserSource();
    if (!open) return;
    let connection: ReturnType<typeof connectLive> | null = null;

    const start = (since: number) => {
      connection = connectLive({
        since,
        openSource: open,
        handlers: {
          onVisit: (visit, changeSeq) => {
            agendaStore.getState().applyVisit(visit, changeSeq);
            onVisit?.(visit);
          },
          onReminders: (reminders) => onReminders?.(reminders),
          onBreaks: () => onBreaks?.(),
          onReset: async () => {
            await Promise.all([agendaStore.getState().reload(), onReset?.()]);
            return agendaStore.getState().agenda?.liveCursor ?? 0;
          },
        },
      });
      setStatus(connection.status);
    };

    const cursor = agendaStore.getState().agenda?.liveCursor;
    let unsubscribe: (() => void) | null = null;
    if (cursor === undefined) {
      unsubscribe = agendaStore.subscribe((state) => {
        if (!state.agenda || connection) return;
        unsubscribe?.();
        unsubscribe = null;
        start(state.agenda.liveCursor);
      });
    } else {
      start(cursor);
    }
    return () => {
      unsubscribe?.();
      connection?.close();
    };
  }, [agendaStore, openSource, onReminders, onVisit, onReset, onBreaks]);

  return status;
}
