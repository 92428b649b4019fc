// What one language brings: its messages (by id, compiled at build from the catalogs' ICU
// MessageFormat texts, precompile-messages.ts) and FullCalendar's locale (weekday and month
// names, first day of the week).
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { LocaleInput } from '@fullcalendar/react';

/** A message as the page gets it: its final text when it has nothing to fill in, else its AST. */
export type CompiledMessage = string | MessageFormatElement[];

export interface Catalog {
  /** Message id → compiled message (the JSON files' type says ICU text; the build compiles it). */
  messages: Readonly<Record<string, CompiledMessage>>;
  calendarLocale: LocaleInput;
}
