// Dismissed and snoozed reminders, so that another tab or a reload does not show them again.
import type { Database } from './database.ts';

export type ReminderAck = { action: 'dismissed' } | { action: 'snoozed'; untilMs: number };

export function createReminderAcksTable(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO reminder_acks (reminder_id, action, until_ms, at_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (reminder_id) DO UPDATE SET action = excluded.action,
       until_ms = excluded.until_ms, at_ms = excluded.at_ms`,
  );
  const select = db.prepare('SELECT action, until_ms FROM reminder_acks WHERE reminder_id = ?');
  return {
    dismiss(reminderId: string, atMs: number): void {
      upsert.run(reminderId, 'dismissed', null, atMs);
    },
    snooze(reminderId: string, untilMs: number, atMs: number): void {
      upsert.run(reminderId, 'snoozed', untilMs, atMs);
    },
    get(reminderId: string): ReminderAck | undefined {
      const row = select.get(reminderId) as { action: string; until_ms: number | null } | undefined;
      if (!row) return undefined;
      return row.action === 'dismissed'
        ? { action: 'dismissed' }
        : { action: 'snoozed', untilMs: row.until_ms ?? 0 };
    },
  };
}
