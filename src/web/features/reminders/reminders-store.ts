// The doctor's reminders: exactly the list the BFF sent last (live `reminders` event, GET, or the
// answer to a dismiss/snooze), never a list of our own making — the server keeps dismissals and
// snoozes, so every tab and every reload shows the same thing.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ActiveReminder } from '../../../shared/api/reminders.ts';
import { toApiRequestError } from '../../lib/api-client.ts';
import { type RemindersApi, remindersApi } from './reminders-api.ts';

/** A dismiss or snooze that failed: what was asked, and the API client's reason. */
export interface ReminderProblem {
  reminderId: string;
  action: 'dismiss' | 'snooze';
  reason: string;
}

export interface RemindersState {
  /** The current list, soonest visit first. */
  reminders: readonly ActiveReminder[];
  /** Reminders with a dismiss or snooze on its way to the server. */
  busyIds: ReadonlySet<string>;
  /** When the last dismiss/snooze failed: the reminder it was for (said in words by the toast). */
  problem: ReminderProblem | null;

  /** Replaces the list with what the server sent (the live stream calls this). */
  setReminders: (list: readonly ActiveReminder[]) => void;
  /** Loads the list once, e.g. before the live stream is connected. */
  load: () => Promise<void>;
  dismiss: (reminderId: string) => Promise<void>;
  /** Snoozes for `minutes`, or for the clinic's configured snooze when omitted. */
  snooze: (reminderId: string, minutes?: number) => Promise<void>;
}

export type RemindersStore = StoreApi<RemindersState>;

function soonestFirst(list: readonly ActiveReminder[]): ActiveReminder[] {
  return [...list].sort(
    (a, b) => Date.parse(a.visit.start) - Date.parse(b.visit.start) || a.id.localeCompare(b.id),
  );
}

export function createRemindersStore(api: RemindersApi = remindersApi): RemindersStore {
  return createStore<RemindersState>()((set, get) => {
    async function act(
      reminderId: string,
      action: ReminderProblem['action'],
      request: () => Promise<ActiveReminder[]>,
    ): Promise<void> {
      if (get().busyIds.has(reminderId)) return;
      set({ busyIds: new Set([...get().busyIds, reminderId]), problem: null });
      try {
        get().setReminders(await request());
      } catch (error) {
        set({ problem: { reminderId, action, reason: toApiRequestError(error).message } });
      } finally {
        const busyIds = new Set(get().busyIds);
        busyIds.delete(reminderId);
        set({ busyIds });
      }
    }

    return {
      reminders: [],
      busyIds: new Set(),
      problem: null,
      setReminders: (list) => {
        const { problem } = get();
        set({
          reminders: soonestFirst(list),
          // A problem about a reminder that is gone no longer matters.
          problem: problem && list.some((r) => r.id === problem.reminderId) ? problem : null,
        });
      },
      load: async () => {
        try {
          get().setReminders(await api.list());
        } catch {
          // The live stream sends the list on connect; a failed first read is not worth a banner.
        }
      },
      dismiss: (reminderId) => act(reminderId, 'dismiss', () => api.dismiss(reminderId)),
      snooze: (reminderId, minutes) =>
        act(reminderId, 'snooze', () => api.snooze(reminderId, minutes)),
    };
  });
}

/** The page's one reminders store (tests build their own with `createRemindersStore`). */
export const remindersStore: RemindersStore = createRemindersStore();

/** Replaces the page's reminder list: what the live connection calls on each `reminders` event. */
export function setReminders(list: readonly ActiveReminder[]): void {
  remindersStore.getState().setReminders(list);
}
