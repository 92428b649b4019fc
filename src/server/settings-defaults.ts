// The server's settings when nothing says otherwise, once: config.ts reads the environment with
// them, the composition root times its reads with them, and the test server is built from the
// same. The windows the page shows (join, payment, reminders) are the shared domain's own
// defaults, which the SPA falls back to before /api/settings answers.
import { defaultJoinWindow } from '../shared/domain/join-window.ts';
import { defaultPaymentWindow } from '../shared/domain/payment-window.ts';
import { defaultReminderLeadMinutes } from '../shared/domain/reminder-times.ts';

export const settingDefaults = {
  port: 8080,
  dataDir: './data',
  /** Pull mode: how often Docplanner's queue is read once it is empty. */
  pullIntervalMs: 3_000,
  /**
   * Several instances (DATABASE_URL): how often one that does not lead tries to take the lead,
   * so the longest a dead leader's work (pulling, release, the sweep) waits for a successor.
   */
  leaderRetryMs: 2_000,
  /** A range of the agenda synced more recently than this is not re-read from Docplanner. */
  agendaSyncMaxAgeSeconds: 300,
  reminderLeadMinutes: defaultReminderLeadMinutes,
  snoozeMinutes: 5,
  joinWindow: defaultJoinWindow,
  paymentWindow: defaultPaymentWindow,
  sessionIdleMinutes: 30,
  deadLetterRetentionDays: 14,
  /**
   * How long an agenda read waits for Docplanner before it answers with what is kept; a sync
   * that outlives it is not waited on again (see range-sync.ts).
   */
  readDeadlineMs: 4_000,
  /** How long a graceful stop waits for notifications being written before it closes the store. */
  drainTimeoutMs: 10_000,
} as const;
