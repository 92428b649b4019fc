import { useState } from 'react';
import { AgendaScreen } from '../features/agenda/AgendaScreen.tsx';
import { type AgendaStore, createAgendaStore } from '../features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../features/agenda/use-agenda.tsx';
import { fetchAgenda } from '../lib/api-client.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { OpenVisitCard } from './OpenVisitCard.tsx';
import './app.css';

const doctorKey = 'online-agenda.doctor';

/** The doctor chosen on this computer last time; storage may be unavailable (private mode). */
function rememberedDoctor(): string | null {
  try {
    return globalThis.localStorage?.getItem(doctorKey) ?? null;
  } catch {
    return null;
  }
}

function rememberDoctor(doctorId: string | null): void {
  try {
    if (doctorId === null) globalThis.localStorage?.removeItem(doctorKey);
    else globalThis.localStorage?.setItem(doctorKey, doctorId);
  } catch {
    // Not remembering the choice is fine.
  }
}

/** The whole SPA. Tests pass their own store; the page builds one on the real API. */
export function App({ store }: { store?: AgendaStore }) {
  const [agendaStore] = useState(
    () =>
      store ??
      createAgendaStore(fetchAgenda, {
        initialDoctorId: rememberedDoctor(),
        onDoctorChange: rememberDoctor,
      }),
  );
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
