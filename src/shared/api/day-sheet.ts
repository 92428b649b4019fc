// `GET /api/day-sheet.csv?doctorId=&date=`: one doctor's day as a spreadsheet. The date is a day
// of the clinic's calendar (its time zone), written `YYYY-MM-DD`.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod/mini';

export const daySheetCsvPath = '/api/day-sheet.csv';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` is a real day (`2026-02-30` is not). */
function isRealDay(date: string): boolean {
  try {
    Temporal.PlainDate.from(date, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export const daySheetQuerySchema = z.object({
  doctorId: z
    .string({ error: 'Say whose day it is: add `doctorId`, e.g. doctorId=100101.' })
    .check(
      z.regex(/^[\w-]{1,64}$/, { error: 'That is not a doctor id (letters, digits, - or _).' }),
    ),
  date: z
    .string({ error: 'Say which day: add `date` written YYYY-MM-DD, e.g. date=2026-11-25.' })
    // Each check stops the next: one sentence per problem.
    .check(
      z.regex(dayPattern, {
        error: 'The day must be written YYYY-MM-DD, e.g. 2026-11-25.',
        abort: true,
      }),
      z.refine(isRealDay, {
        error: 'There is no such day in the calendar: check the day and month.',
        abort: true,
      }),
      z.refine((date) => date >= '2000-01-01' && date <= '2099-12-31', {
        error: 'The day must be between the years 2000 and 2099.',
      }),
    ),
});
export type DaySheetQuery = z.infer<typeof daySheetQuerySchema>;

/** The address of a doctor's day sheet CSV, for a link. */
export function daySheetCsvHref(query: DaySheetQuery): string {
  return `${daySheetCsvPath}?${new URLSearchParams(query)}`;
}
