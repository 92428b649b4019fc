// Dismissed and snoozed reminders, so that another tab or a reload does not show them again.
import type { SqlClient } from './sql/sql-client.ts';

export type ReminderAck = { action: 'dismissed' } | { action: 'snoozed'; untilMs: number };

export function createReminderAcksTable(sql: SqlClient) {
  const upsert = `INSERT INTO reminder_acks (reminder_id, action, until_ms, at_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (reminder_id) DO UPDATE SET action = excluded.action,
       until_ms = excluded.until_ms, at_ms = excluded.at_ms`;
  return {
    async dismiss(reminderId: string, atMs: number): Promise<void> {
      await sql.run(upsert, [reminderId, 'dismissed', null, atMs]);
    },
    async snooze(reminderId: string, untilMs: number, atMs: number): Promise<void> {
      await sql.run(upsert, [reminderId, 'snoozed', untilMs, atMs]);
    },
    async get(reminderId: string): Promise<ReminderAck | undefined> {
      const row = await sql.get<{ action: string; until_ms: number | null }>(
        'SELECT action, until_ms FROM reminder_acks WHERE reminder_id = ?',
        [reminderId],
      );
      if (!row) return undefined;
      return row.action === 'dismissed'
        ? { action: 'dismissed' }
        : { action: 'snoozed', untilMs: row.until_ms ?? 0 };
    },
  };
}
