// The languages the agenda speaks, and how a request picks one: the user's own choice first, then
// the browser's Accept-Language, then the language of the clinic's Docplanner domain, then English.
import { z } from 'zod/mini';

export const locales = ['en', 'pl', 'es', 'it', 'pt-BR', 'de', 'tr', 'cs'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

/** Each language in its own words, for the picker. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  pl: 'Polski',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
  tr: 'Türkçe',
  cs: 'Čeština',
};

/** A BCP 47 tag (any case, with or without region) → the supported locale it asks for, or null. */
export function supportedLocaleOf(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase();
  const exact = locales.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0];
  // Portuguese from Portugal reads Brazilian Portuguese far better than English.
  if (language === 'pt') return 'pt-BR';
  return locales.find((locale) => locale.toLowerCase() === language) ?? null;
}

/**
 * The first supported language in an `Accept-Language` header, by quality (RFC 9110 §12.5.4),
 * or null. `*`, malformed entries and `q=0` are ignored.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 2000)
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.split(';');
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0 && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(entry.tag))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const locale = supportedLocaleOf(entry.tag);
    if (locale) return locale;
  }
  return null;
}

/** The language of each Docplanner country (its `locale` setting, CONTRACT.md §1). */
const docplannerCountryLocales: Record<string, Locale> = {
  pl: 'pl',
  cz: 'cs',
  de: 'de',
  es: 'es',
  mx: 'es',
  co: 'es',
  cl: 'es',
  ar: 'es',
  pe: 'es',
  it: 'it',
  pt: 'pt-BR',
  br: 'pt-BR',
  tr: 'tr',
};

/** The language of a Docplanner country, English where the agenda does not speak it. */
export function localeOfDocplannerCountry(country: string): Locale {
  return docplannerCountryLocales[country] ?? 'en';
}

/** The language for a request: chosen, else the browser's, else the clinic's. */
export function resolveLocale(options: {
  chosen: Locale | null;
  acceptLanguage: string | null | undefined;
  clinic: Locale;
}): Locale {
  return options.chosen ?? localeFromAcceptLanguage(options.acceptLanguage) ?? options.clinic;
}
