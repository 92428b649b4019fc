// How components reach the agenda store: one store per app (created in app/), read through
// selectors so each component re-renders only when its own slice changes.
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AgendaState, AgendaStore } from './agenda-store.ts';

const AgendaStoreContext = createContext<AgendaStore | null>(null);

export function AgendaStoreProvider({
  store,
  children,
}: {
  store: AgendaStore;
  children: ReactNode;
}) {
  return <AgendaStoreContext.Provider value={store}>{children}</AgendaStoreContext.Provider>;
}

export function useAgenda<T>(selector: (state: AgendaState) => T): T {
  const store = useContext(AgendaStoreContext);
  if (!store) throw new Error('useAgenda must be used inside <AgendaStoreProvider>');
  return useStore(store, selector);
}
