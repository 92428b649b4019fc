// Calendar breaks (`…/breaks`): getCalendarBreaks, getCalendarBreak and addCalendarBreak answers.
import { z } from 'zod';
import { collectionSchema, dateTimeSchema, idSchema } from './common.ts';

export const calendarBreakSchema = z.looseObject({
  id: idSchema,
  since: dateTimeSchema,
  till: dateTimeSchema,
  description: z.string().nullish(),
});
export type CalendarBreak = z.output<typeof calendarBreakSchema>;
export const calendarBreaksSchema = collectionSchema(calendarBreakSchema);
