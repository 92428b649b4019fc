// Wakes every open live stream when something they carry changed: bookings (read from the change
// log by each stream itself, so a slow browser never holds up the others), the list of due
// reminders, the clock (a test or demo moved the sandbox's time), or a doctor's breaks.
export type LiveTopic = 'visits' | 'reminders' | 'clock' | 'breaks';

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
    /** A doctor's breaks changed (here or on Docplanner): agendas read theirs again. */
    notifyBreaks: () => notify('breaks'),
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
