import { useEffect, useState } from 'react';
import { AgendaScreen } from '../features/agenda/AgendaScreen.tsx';
import { type AgendaStore, createAgendaStore } from '../features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../features/agenda/use-agenda.tsx';
import { PaymentsRoute } from '../features/payments/PaymentsRoute.tsx';
import { setReminders } from '../features/reminders/reminders-store.ts';
import { fetchAgenda } from '../lib/api-client.ts';
import type { LiveSource } from '../lib/live-connection.ts';
import { loadSettings } from '../lib/settings.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { LiveIndicator } from './LiveIndicator.tsx';
import { useLiveAgenda } from './live-agenda.ts';
import { OpenVisitCard } from './OpenVisitCard.tsx';
import { rememberedFilters, rememberFilters } from './remembered-filters.ts';
import './app.css';

export interface AppProps {
  /** Tests pass their own store; the page builds one on the real API. */
  store?: AgendaStore;
  /** How to open the live stream; the browser's EventSource by default. */
  openLiveSource?: (url: string) => LiveSource;
  /** Whose filters are remembered; 'local' until sign-in lands. */
  userId?: string;
}

/** The whole SPA. */
export function App({ store, openLiveSource, userId = 'local' }: AppProps) {
  const [agendaStore] = useState(
    () =>
      store ??
      createAgendaStore(fetchAgenda, {
        initialFilters: rememberedFilters(userId),
        onFiltersChange: (filters) => rememberFilters(userId, filters),
      }),
  );
  useEffect(() => {
    void loadSettings();
  }, []);
  const liveStatus = useLiveAgenda(agendaStore, {
    openSource: openLiveSource,
    onReminders: setReminders,
  });
  return (
    <AgendaStoreProvider store={agendaStore}>
      <AppErrorBoundary>
        <div className="app">
          <AgendaScreen headerStatus={liveStatus ? <LiveIndicator status={liveStatus} /> : null} />
          <OpenVisitCard />
          <PaymentsRoute />
        </div>
      </AppErrorBoundary>
    </AgendaStoreProvider>
  );
}
