// The language the page speaks now. Switching fetches that language's chunk, then every message,
// date and number, `<html lang>` and FullCalendar follow it.
import type { LocaleInput } from '@fullcalendar/react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import {
  type Locale,
  localeFromAcceptLanguage,
  supportedLocaleOf,
} from '../../../shared/i18n/locales.ts';
import { loadCatalog } from './load-catalog.ts';
import { activeCatalog, activeLocale, setCatalog } from './messages.ts';

interface LocaleState {
  locale: Locale;
  /** FullCalendar's locale for it. */
  calendarLocale: LocaleInput | null;
}

export const localeStore = createStore<LocaleState>()(() => ({
  locale: activeLocale(),
  calendarLocale: activeCatalog()?.calendarLocale ?? null,
}));

/** The part of the language state `select` picks, kept up to date. */
export function useLocale<Picked>(select: (state: LocaleState) => Picked): Picked {
  return useStore(localeStore, select);
}

/**
 * The language to open in: the user's choice, else the page's `<html lang>` (the server wrote the
 * browser's Accept-Language there, else the clinic's language), else the browser's own list.
 */
export function startingLocale(chosen: Locale | null): Locale {
  return (
    chosen ??
    supportedLocaleOf(document.documentElement.lang) ??
    localeFromAcceptLanguage(navigator.languages.join(',')) ??
    'en'
  );
}

let latest: Locale | null = null;

/** Speaks `locale` from now on (after its chunk arrives; the last of quick switches wins). */
export async function switchLocale(locale: Locale): Promise<void> {
  latest = locale;
  if (activeCatalog() && activeLocale() === locale) return;
  const catalog = await loadCatalog(locale);
  if (latest !== locale) return;
  setCatalog(locale, catalog);
  document.documentElement.lang = locale;
  localeStore.setState({ locale, calendarLocale: catalog.calendarLocale });
}
