// Decides which video visits need a reminder now (at the configured lead times before their
// start), minus what a doctor dismissed or snoozed, and tells the live streams whenever that list
// changes. Moving a visit gives it a new booking id and so new reminders; cancelling withdraws
// them, because only booked visits are considered.
import type { ActiveReminder } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import { dueReminder, remindersFor } from '../../shared/domain/reminder-times.ts';
import type { Clock } from '../clock/clock.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';

export interface ReminderServiceOptions {
  store: Store;
  clock: Clock;
  leadMinutes: readonly number[];
  snoozeMinutes: number;
  facilityId: () => Promise<string>;
  visitById: (id: string) => Promise<Visit | null>;
  onChange: () => void;
  logger: Logger;
  tickMs?: number;
}

export function createReminderService(options: ReminderServiceOptions) {
  const { store, clock } = options;
  const maxLeadMs = Math.max(...options.leadMinutes) * 60_000;
  let current: ActiveReminder[] = [];
  let fingerprint = '[]';
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function compute(): Promise<ActiveReminder[]> {
    const now = clock.now();
    const facilityId = await options.facilityId();
    const active: ActiveReminder[] = [];
    const starting = await store.bookings.videoVisitsStarting(facilityId, now, now + maxLeadMs + 1);
    for (const record of starting) {
      const startMs = Date.parse(record.startAt);
      const due = dueReminder(remindersFor({ id: record.id, startMs }, options.leadMinutes), now);
      if (!due) continue;
      const ack = await store.reminderAcks.get(due.id);
      if (ack?.action === 'dismissed') continue;
      if (ack?.action === 'snoozed' && ack.untilMs > now) continue;
      const visit = await options.visitById(record.id);
      if (!visit) continue;
      active.push({
        id: due.id,
        leadMinutes: due.leadMinutes,
        dueAt: new Date(due.dueAtMs).toISOString(),
        visit,
      });
    }
    return active;
  }

  /** Recomputes the list and tells the streams if it changed. */
  function refresh(): Promise<void> {
    running ??= compute()
      .then((next) => {
        const nextFingerprint = JSON.stringify(next);
        if (nextFingerprint !== fingerprint) {
          current = next;
          fingerprint = nextFingerprint;
          options.onChange();
        }
      })
      .catch((error: unknown) =>
        options.logger.warn({ err: String(error) }, 'could not compute reminders'),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  return {
    current: (): ActiveReminder[] => current,
    refresh,
    async dismiss(reminderId: string): Promise<void> {
      await store.reminderAcks.dismiss(reminderId, clock.now());
      await refresh();
    },
    async snooze(reminderId: string, minutes = options.snoozeMinutes): Promise<void> {
      const now = clock.now();
      await store.reminderAcks.snooze(reminderId, now + minutes * 60_000, now);
      await refresh();
    },
    start(): void {
      void refresh();
      timer = setInterval(() => void refresh(), options.tickMs ?? 1_000);
      timer.unref();
    },
    stop(): void {
      clearInterval(timer);
    },
  };
}
export type ReminderService = ReturnType<typeof createReminderService>;
