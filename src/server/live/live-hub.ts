// Wakes every open live stream when something they carry changed: bookings (read from the change
// log by each stream itself, so a slow browser never holds up the others), the list of due
// reminders, the clock (a test or demo moved the sandbox's time), or a doctor's breaks. With
// several instances, what changes here is also told to the others (`relayTo`), and what they
// tell arrives through `deliver`.
export type LiveTopic = 'visits' | 'reminders' | 'clock' | 'breaks';

export function createLiveHub() {
  const listeners = new Set<(topic: LiveTopic) => void>();
  let relay: ((topic: 'reminders' | 'breaks') => void) | undefined;
  const deliver = (topic: LiveTopic) => {
    for (const listener of listeners) listener(topic);
  };
  return {
    /** Bookings changed (the other instances learn it from the change log's commit). */
    notify: () => deliver('visits'),
    notifyReminders: () => {
      deliver('reminders');
      relay?.('reminders');
    },
    notifyClock: () => deliver('clock'),
    /** A doctor's breaks changed (here or on Docplanner): agendas read theirs again. */
    notifyBreaks: () => {
      deliver('breaks');
      relay?.('breaks');
    },
    /** Told by another instance: this instance's streams only. */
    deliver,
    /** Where reminders and breaks changed here are told to the other instances. */
    relayTo(publish: (topic: 'reminders' | 'breaks') => void): void {
      relay = publish;
    },
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
