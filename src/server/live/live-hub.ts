// Wakes every open live stream when something they carry changed: bookings (read from the change
// log by each stream itself, so a slow browser never holds up the others), the list of due
// reminders, or the clock (a test or demo moved the sandbox's time).
export type LiveTopic = 'visits' | 'reminders' | 'clock';

export function createLiveHub() {
  const listeners = new Set<(topic: LiveTopic) => void>();
  const notify = (topic: LiveTopic) => {
    for (const listener of listeners) listener(topic);
  };
  return {
    /** Bookings changed. */
    notify: () => notify('visits'),
    notifyReminders: () => notify('reminders'),
    notifyClock: () => notify('clock'),
    subscribe(listener: (topic: LiveTopic) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get listenerCount(): number {
      return listeners.size;
    },
  };
}
export type LiveHub = ReturnType<typeof createLiveHub>;
