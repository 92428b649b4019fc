import { z } from 'zod/mini';

/** `GET /api/settings`: what the SPA needs to behave as the clinic configured it. */
export const settingsSchema = z.object({
  joinWindow: z.object({
    opensBeforeMinutes: z.int().check(z.nonnegative()),
    emphasisBeforeMinutes: z.int().check(z.nonnegative()),
    closesAfterMinutes: z.int().check(z.nonnegative()),
  }),
  reminderLeadMinutes: z.array(z.int().check(z.positive())),
  /** Docplanner's payment window and our grace delay before settling a badge. */
  paymentWindow: z.object({
    windowMinutes: z.int().check(z.positive()),
    graceMinutes: z.int().check(z.nonnegative()),
  }),
  snoozeMinutes: z.int().check(z.positive()),
  /**
   * The facility's IANA zone, in which the agenda is drawn (the agenda's `facility` says it too):
   * known here, the page can lay out the calendar while the first week is still on its way.
   */
  timeZone: z.string().check(z.minLength(1)),
  /** The server's clock (the sandbox's, on sandbox data): use it for countdowns and windows. */
  clock: z.object({ now: z.iso.datetime({ offset: true }), speed: z.number().check(z.positive()) }),
});
export type Settings = z.infer<typeof settingsSchema>;
