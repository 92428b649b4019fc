// What one language brings: its messages (ICU MessageFormat, by id) and FullCalendar's locale
// (weekday and month names, first day of the week).
import type { LocaleInput } from '@fullcalendar/react';

export interface Catalog {
  /** Message id → ICU MessageFormat text. */
  messages: Readonly<Record<string, string>>;
  calendarLocale: LocaleInput;
}
