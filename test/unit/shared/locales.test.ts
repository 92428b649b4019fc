// Which language a request gets: the user's choice, else the browser's Accept-Language by
// quality, else the clinic's Docplanner country, else English.
import { describe, expect, it } from 'vitest';
import {
  localeFromAcceptLanguage,
  localeOfDocplannerCountry,
  resolveLocale,
  supportedLocaleOf,
} from '../../../src/shared/i18n/locales.ts';

describe('the language of a request', () => {
  it('reads a tag in any case, with or without a region', () => {
    expect(supportedLocaleOf('pl-PL')).toBe('pl');
    expect(supportedLocaleOf('DE')).toBe('de');
    expect(supportedLocaleOf('pt-br')).toBe('pt-BR');
    expect(supportedLocaleOf('pt-PT')).toBe('pt-BR');
    expect(supportedLocaleOf('cs_CZ')).toBe('cs');
    expect(supportedLocaleOf('fr-FR')).toBeNull();
  });

  it('takes the best supported language of Accept-Language, by quality then order', () => {
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,de;q=0.8,pl;q=0.7')).toBe('de');
    expect(localeFromAcceptLanguage('en;q=0.5, tr;q=0.9')).toBe('tr');
    expect(localeFromAcceptLanguage('it-IT, es')).toBe('it');
    expect(localeFromAcceptLanguage('pl;q=0, cs')).toBe('cs');
  });

  it('ignores what it cannot read: nothing, *, garbage, a bad quality', () => {
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(localeFromAcceptLanguage('')).toBeNull();
    expect(localeFromAcceptLanguage('*')).toBeNull();
    expect(localeFromAcceptLanguage('<script>, ;;;, de;q=abc, es;q=0.1')).toBe('es');
    expect(localeFromAcceptLanguage('fr, ja')).toBeNull();
  });

  it('falls back to the clinic’s country, English where the agenda does not speak it', () => {
    expect(localeOfDocplannerCountry('cz')).toBe('cs');
    expect(localeOfDocplannerCountry('br')).toBe('pt-BR');
    expect(localeOfDocplannerCountry('mx')).toBe('es');
    expect(localeOfDocplannerCountry('xx')).toBe('en');
  });

  it('puts the user’s choice first, then the browser, then the clinic', () => {
    expect(resolveLocale({ chosen: 'it', acceptLanguage: 'de', clinic: 'pl' })).toBe('it');
    expect(resolveLocale({ chosen: null, acceptLanguage: 'de', clinic: 'pl' })).toBe('de');
    expect(resolveLocale({ chosen: null, acceptLanguage: 'fr', clinic: 'pl' })).toBe('pl');
    expect(resolveLocale({ chosen: null, acceptLanguage: null, clinic: 'en' })).toBe('en');
  });
});
