// The page reads the catalogs compiled at build (src/web/lib/i18n/precompile-messages.ts): the
// tests import them through the same plugin, so they see what production ships, and what it
// ships says what the ICU text says.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/shared/i18n/locales.ts';
import type { Catalog } from '../../../src/web/lib/i18n/catalog.ts';
import { loadCatalog } from '../../../src/web/lib/i18n/load-catalog.ts';
import { intlTagOf, setCatalog, t, tMaybe } from '../../../src/web/lib/i18n/messages.ts';
import { precompileCatalogFile } from '../../../src/web/lib/i18n/precompile-messages.ts';

const catalogsDir = path.resolve(import.meta.dirname, '../../../src/web/lib/i18n/catalogs');

function textsOf(locale: string): Record<string, string> {
  const folder = path.join(catalogsDir, locale);
  return Object.assign(
    {},
    ...readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8'))),
  );
}

describe('the precompiled catalogs', () => {
  for (const locale of locales) {
    it(`${locale}: the imported catalog is its ICU texts compiled, no text left to parse`, async () => {
      const texts = textsOf(locale);
      const catalog = await loadCatalog(locale);
      expect(catalog.messages).toEqual(precompileCatalogFile(intlTagOf(locale), texts));
      for (const [id, message] of Object.entries(catalog.messages)) {
        const text = texts[id] as string;
        if (typeof message === 'string') {
          // A message kept as a string is the very text the ICU text formats to.
          expect(new IntlMessageFormat(text, intlTagOf(locale)).format(), id).toBe(message);
        } else {
          expect(message, id).toEqual(parse(text, { locale: new Intl.Locale(intlTagOf(locale)) }));
        }
      }
    });
  }

  it('a compiled message formats as its text would: plain, with arguments, with a plural', () => {
    const compiled = precompileCatalogFile('en-GB', {
      plain: 'Docplanner’s agenda',
      quoted: "It''s '{'literal'}'",
      filled: 'Times in {zone}',
      counted: '{count, plural, one {# visit} other {# visits}}',
    });
    expect(compiled.plain).toBe('Docplanner’s agenda');
    expect(compiled.quoted).toBe("It's {literal}");
    expect(Array.isArray(compiled.filled)).toBe(true);
    const catalog: Catalog = { messages: compiled, calendarLocale: { code: 'en-gb' } };
    setCatalog('en', catalog);
    expect(tMaybe('quoted')).toBe("It's {literal}");
    expect(tMaybe('filled', { zone: 'Europe/Warsaw' })).toBe('Times in Europe/Warsaw');
    expect(tMaybe('counted', { count: 1 })).toBe('1 visit');
    expect(tMaybe('counted', { count: 3 })).toBe('3 visits');
    expect(tMaybe('missing')).toBeNull();
    expect(t('agenda.title')).toBe('agenda.title');
  });
});
