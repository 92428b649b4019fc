import { z } from 'zod';

/** `GET /api/settings`: what the SPA needs to behave as the clinic configured it. */
export const settingsSchema = z.object({
  joinWindow: z.object({
    opensBeforeMinutes: z.number().int().nonnegative(),
    emphasisBeforeMinutes: z.number().int().nonnegative(),
    closesAfterMinutes: z.number().int().nonnegative(),
  }),
  reminderLeadMinutes: z.array(z.number().int().positive()),
  /** Docplanner's payment window and our grace delay before settling a badge. */
  paymentWindow: z.object({
    windowMinutes: z.number().int().positive(),
    graceMinutes: z.number().int().nonnegative(),
  }),
  snoozeMinutes: z.number().int().positive(),
  /**
   * The facility's IANA zone, in which the agenda is drawn (the agenda's `facility` says it too):
   * known here, the page can lay out the calendar while the first week is still on its way.
   */
  timeZone: z.string().min(1),
  /** The server's clock (the sandbox's, on sandbox data): use it for countdowns and windows. */
  clock: z.object({ now: z.iso.datetime({ offset: true }), speed: z.number().positive() }),
});
export type Settings = z.infer<typeof settingsSchema>;
