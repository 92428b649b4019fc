// Build tooling, not page code (vite.config.ts uses it): each catalog's ICU texts are parsed once,
// at build, into intl-messageformat's AST, so the page formats them without shipping the ICU
// parser (the build swaps it for formatjs's `no-parser` stand-in, which only throws). A message
// with nothing to fill in stays a string, its final text: the page shows it as it is.
// The catalogs stay ICU text in the repository; the tests import them through the same plugin.
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { type Locale, locales } from '../../../shared/i18n/locales.ts';
import type { CompiledMessage } from './catalog.ts';
import { intlTagOf } from './messages.ts';

/** A catalog file, `…/catalogs/pl/agenda.json`: its language. */
const catalogFile = /\/src\/web\/lib\/i18n\/catalogs\/([^/]+)\/[^/]+\.json$/;

/** One catalog file's messages (id → ICU text) as the page reads them (id → compiled). */
export function precompileCatalogFile(
  languageTag: string,
  messages: Record<string, string>,
): Record<string, CompiledMessage> {
  // intl-messageformat would parse with the same locale (it only matters to date skeletons).
  const locale = new Intl.Locale(languageTag);
  const compiled: Record<string, CompiledMessage> = {};
  for (const [id, text] of Object.entries(messages)) {
    const ast = parse(text, { locale });
    const only = ast[0];
    compiled[id] = ast.length === 1 && only?.type === 0 ? only.value : ast;
  }
  return compiled;
}

/** The Vite plugin: catalogs compiled on import; in the production build, no ICU parser. */
export function precompiledMessages(): Plugin {
  return {
    name: 'agenda:precompiled-messages',
    // Before Vite's own JSON plugin, which turns the compiled JSON into a module.
    enforce: 'pre',
    config: (_config, { command }) =>
      command === 'build'
        ? {
            resolve: {
              alias: [
                {
                  find: /^@formatjs\/icu-messageformat-parser$/,
                  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
                },
              ],
            },
          }
        : undefined,
    transform(code, id) {
      const folder = catalogFile.exec(id.split('?')[0] ?? id)?.[1];
      if (folder === undefined) return null;
      if (!(locales as readonly string[]).includes(folder)) {
        throw new Error(`${id}: a catalog of no supported language (${folder})`);
      }
      const compiled = precompileCatalogFile(intlTagOf(folder as Locale), JSON.parse(code));
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
