import { z } from 'zod/mini';
import { visitSchema } from './visit.ts';

/** A reminder of a video visit that is due now and neither dismissed nor snoozed. */
export const reminderSchema = z.object({
  /** `${visitId}:${leadMinutes}`: stable across reloads and tabs. */
  id: z.string(),
  leadMinutes: z.int().check(z.positive()),
  dueAt: z.iso.datetime({ offset: true }),
  visit: visitSchema,
});
export type ActiveReminder = z.infer<typeof reminderSchema>;

/**
 * `GET /api/reminders`, and the live stream's `reminders` event: the whole current list, sent
 * whenever it changes (a reminder falls due, is dismissed or snoozed in any tab, or its visit is
 * moved or cancelled). Show exactly these; a reminder missing from the list is withdrawn.
 */
export const remindersSchema = z.object({ reminders: z.array(reminderSchema) });
export type Reminders = z.infer<typeof remindersSchema>;

/** `POST /api/reminders/:id/snooze` body; the minutes default to the configured snooze. */
export const snoozeRequestSchema = z.object({
  minutes: z.optional(z.int().check(z.minimum(1), z.maximum(120))),
});
