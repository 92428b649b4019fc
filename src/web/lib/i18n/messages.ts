// The active language's messages and the two ways to read one: `t` for text, `tRich` where a
// message wraps parts of itself in tags (`<b>…</b>`) that become elements.
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { Catalog } from './catalog.ts';
import type { messages as englishMessages } from './catalogs/en/index.ts';

/** Every message id (English is the source; every catalog has the same ids). */
export type MessageId = keyof typeof englishMessages;

type Value = string | number | Date;

interface Active {
  locale: Locale;
  /** The tag `Intl` formats with (`en` reads 24-hour, day before month: `en-GB`). */
  intlTag: string;
  catalog: Catalog;
  compiled: Map<string, IntlMessageFormat>;
}

let active: Active | null = null;

/** The tag `Intl` formats with for a locale. */
export function intlTagOf(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** Makes `catalog` the one every message is read from. */
export function setCatalog(locale: Locale, catalog: Catalog): void {
  active = { locale, intlTag: intlTagOf(locale), catalog, compiled: new Map() };
}

export function activeLocale(): Locale {
  return active?.locale ?? 'en';
}

export function activeIntlTag(): string {
  return active?.intlTag ?? 'en-GB';
}

export function activeCatalog(): Catalog | null {
  return active?.catalog ?? null;
}

function formatOf(id: string): IntlMessageFormat | null {
  if (!active) return null;
  let format = active.compiled.get(id);
  if (!format) {
    const text = active.catalog.messages[id];
    if (text === undefined) return null;
    format = new IntlMessageFormat(text, active.intlTag);
    active.compiled.set(id, format);
  }
  return format;
}

/** The message `id` in the active language, its `{arguments}` filled in. */
export function t(id: MessageId, values?: Record<string, Value>): string {
  const format = formatOf(id);
  // Never expected (test/unit/web/catalogs.test.ts holds every id in every language): the id
  // reads better than nothing and names what is missing.
  if (!format) return id;
  const text = format.format(values);
  return typeof text === 'string' ? text : String(text);
}

/**
 * A message whose id is built at run time (an API error code, say): its text, or null when the
 * catalog has no such message (the caller then shows what the server said).
 */
export function tMaybe(id: string, values?: Record<string, Value>): string | null {
  const format = formatOf(id);
  if (!format) return null;
  const text = format.format(values);
  return typeof text === 'string' ? text : String(text);
}

/** As `t`, where the message has tags: each tag's value wraps its part (`b: (c) => <b>{c}</b>`). */
export function tRich(
  id: MessageId,
  values: Record<string, Value | ReactNode | ((parts: ReactNode[]) => ReactNode)>,
): ReactNode {
  const format = formatOf(id);
  if (!format) return id;
  return format.format<ReactNode>(values as Record<string, ReactNode>) as ReactNode;
}
