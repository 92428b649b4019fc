// Wakes every open live stream when something they carry changed: bookings (read from the change
// log by each stream itself, so a slow browser never holds up the others), the list of due
// reminders, the clock (a test or demo moved the sandbox's time), or a doctor's breaks; and the
// server's own readers when the clinic's structure changed (its mapping, Docplanner's services).
// With several instances, what changes here is also told to the others (`relayTo`), and what
// they tell arrives through `deliver`.
export type LiveTopic = 'visits' | 'reminders' | 'clock' | 'breaks';
/** What another instance may tell this one. */
export type RelayedTopic = 'visits' | 'reminders' | 'breaks' | 'directory';

export function createLiveHub() {
  const listeners = new Set<(topic: LiveTopic) => void>();
  const directoryListeners = new Set<() => void>();
  let relay: ((topic: 'reminders' | 'breaks' | 'directory') => void) | undefined;
  const wake = (topic: LiveTopic) => {
    for (const listener of listeners) listener(topic);
  };
  /** Told by another instance: this instance's streams and readers only. */
  const deliver = (topic: LiveTopic | 'directory') => {
    if (topic !== 'directory') wake(topic);
    else for (const listener of directoryListeners) listener();
  };
  return {
    /** Bookings changed (the other instances learn it from the change log's commit). */
    notify: () => wake('visits'),
    notifyReminders: () => {
      wake('reminders');
      relay?.('reminders');
    },
    notifyClock: () => wake('clock'),
    /** A doctor's breaks changed (here or on Docplanner): agendas read theirs again. */
    notifyBreaks: () => {
      wake('breaks');
      relay?.('breaks');
    },
    /** The clinic's structure changed (the mapping, Docplanner's services): read it again. */
    notifyDirectory: () => {
      deliver('directory');
      relay?.('directory');
    },
    /** Called whenever the clinic's structure changed, here or on another instance. */
    onDirectory(listener: () => void): void {
      directoryListeners.add(listener);
    },
    deliver,
    /** Where what changed here is told to the other instances. */
    relayTo(publish: (topic: 'reminders' | 'breaks' | 'directory') => void): void {
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
