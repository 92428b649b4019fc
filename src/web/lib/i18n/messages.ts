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

/** A message ready to show: its text, or the format that fills it in. */
type Ready = string | IntlMessageFormat;

interface Active {
  locale: Locale;
  /** The tag `Intl` formats with (`en` reads 24-hour, day before month: `en-GB`). */
  intlTag: string;
  catalog: Catalog;
  /** Each message read so far, ready to show. */
  compiled: Map<string, Ready>;
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

function readyOf(id: string): Ready | null {
  if (!active) return null;
  let ready = active.compiled.get(id);
  if (ready === undefined) {
    const message = active.catalog.messages[id];
    if (message === undefined) return null;
    // Compiled at build (precompile-messages.ts): the page never parses ICU text.
    ready = typeof message === 'string' ? message : new IntlMessageFormat(message, active.intlTag);
    active.compiled.set(id, ready);
  }
  return ready;
}

function textOf(ready: Ready, values: Record<string, Value> | undefined): string {
  if (typeof ready === 'string') return ready;
  const text = ready.format(values);
  return typeof text === 'string' ? text : String(text);
}

/** The message `id` in the active language, its `{arguments}` filled in. */
export function t(id: MessageId, values?: Record<string, Value>): string {
  const ready = readyOf(id);
  // Never expected (test/unit/web/catalogs.test.ts holds every id in every language): the id
  // reads better than nothing and names what is missing.
  if (ready === null) return id;
  return textOf(ready, values);
}

/**
 * A message whose id is built at run time (an API error code, say): its text, or null when the
 * catalog has no such message (the caller then shows what the server said).
 */
export function tMaybe(id: string, values?: Record<string, Value>): string | null {
  const ready = readyOf(id);
  return ready === null ? null : textOf(ready, values);
}

/** As `t`, where the message has tags: each tag's value wraps its part (`b: (c) => <b>{c}</b>`). */
export function tRich(
  id: MessageId,
  values: Record<string, Value | ReactNode | ((parts: ReactNode[]) => ReactNode)>,
): ReactNode {
  const ready = readyOf(id);
  if (ready === null) return id;
  if (typeof ready === 'string') return ready;
  return ready.format<ReactNode>(values as Record<string, ReactNode>) as ReactNode;
}
