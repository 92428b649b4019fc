import { useState } from 'react';
import { AgendaScreen } from '../features/agenda/AgendaScreen.tsx';
import { type AgendaStore, createAgendaStore } from '../features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../features/agenda/use-agenda.tsx';
import { fetchAgenda } from '../lib/api-client.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { OpenVisitCard } from './OpenVisitCard.tsx';
import './app.css';

/** The whole SPA. Tests pass their own store; the page builds one on the real API. */
export function App({ store }: { store?: AgendaStore }) {
  const [agendaStore] = useState(() => store ?? createAgendaStore(fetchAgenda));
  return (
    <AgendaStoreProvider store={agendaStore}>
      <AppErrorBoundary>
        <div className="app">
          <AgendaScreen />
          <OpenVisitCard />
        </div>
      </AppErrorBoundary>
    </AgendaStoreProvider>
  );
}
