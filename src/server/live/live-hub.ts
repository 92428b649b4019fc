// Wakes every open live stream when bookings changed. The streams read what changed from the
// change log themselves, so a slow browser never holds up the others or the ingestion.
export function createLiveHub() {
  const listeners = new Set<() => void>();
  return {
    notify(): void {
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get listenerCount(): number {
      return listeners.size;
    },
  };
}
export type LiveHub = ReturnType<typeof createLiveHub>;
