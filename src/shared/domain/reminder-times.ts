// When a doctor is reminded of a video visit: at each lead time before its start (10 and 2
// minutes by default). A reminder is identified by visit and lead, so a dismissal holds for that
// reminder only, and a moved visit's reminders follow its new start.

export const defaultReminderLeadMinutes: readonly number[] = [10, 2];

export interface Reminder {
  /** `${visitId}:${leadMinutes}` — stable across reloads and tabs. */
  id: string;
  visitId: string;
  leadMinutes: number;
  dueAtMs: number;
  startMs: number;
}

export function remindersFor(
  visit: { id: string; startMs: number },
  leadMinutes: readonly number[] = defaultReminderLeadMinutes,
): Reminder[] {
  return [...new Set(leadMinutes)]
    .filter((lead) => Number.isFinite(lead) && lead > 0)
    .sort((a, b) => b - a)
    .map((lead) => ({
      id: `${visit.id}:${lead}`,
      visitId: visit.id,
      leadMinutes: lead,
      dueAtMs: visit.startMs - lead * 60_000,
      startMs: visit.startMs,
    }));
}

/**
 * The reminder to show now for a visit: the latest one that is due and not yet past the start
 * (a later lead supersedes an earlier one), or null.
 */
export function dueReminder(reminders: readonly Reminder[], nowMs: number): Reminder | null {
  let due: Reminder | null = null;
  for (const reminder of reminders) {
    if (reminder.dueAtMs <= nowMs && nowMs < reminder.startMs) {
      if (!due || reminder.dueAtMs > due.dueAtMs) due = reminder;
    }
  }
  return due;
}
