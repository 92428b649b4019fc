// Every language says everything English says, in messages that parse, with the same
// placeholders: a missing id, a broken plural or a renamed {argument} fails here, not in front of
// a receptionist. And every English message is used somewhere in the SPA.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/shared/i18n/locales.ts';

const catalogsDir = path.resolve(import.meta.dirname, '../../../src/web/lib/i18n/catalogs');
const webDir = path.resolve(import.meta.dirname, '../../../src/web');

function filesOf(locale: string): string[] {
  return readdirSync(path.join(catalogsDir, locale))
    .filter((file) => file.endsWith('.json'))
    .sort();
}

function messagesOf(locale: string, file: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(catalogsDir, locale, file), 'utf8'));
}

function allMessagesOf(locale: string): Record<string, string> {
  return Object.assign({}, ...filesOf(locale).map((file) => messagesOf(locale, file)));
}

/** The placeholders and tags of a message, with their kinds: `count:plural`, `b:tag`. */
function signatureOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`${element.value}:text`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) signatureOf(option.value, into);
        break;
      case TYPE.tag:
        into.add(`${element.value}:tag`);
        signatureOf(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function parsed(locale: string, id: string, text: string): MessageFormatElement[] {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`${locale} ${id} does not parse: ${(error as Error).message}\n  ${text}`);
  }
}

const english = allMessagesOf('en');

describe('the message catalogs', () => {
  it('English has messages, and every language its folder', () => {
    expect(Object.keys(english).length).toBeGreaterThan(50);
    expect(readdirSync(catalogsDir).sort()).toEqual([...locales].sort());
  });

  for (const locale of locales) {
    it(`${locale}: the same files and ids as English, each message parses with English's placeholders`, () => {
      expect(filesOf(locale)).toEqual(filesOf('en'));
      const problems: string[] = [];
      for (const file of filesOf('en')) {
        const theirs = messagesOf(locale, file);
        const ours = messagesOf('en', file);
        for (const id of Object.keys(ours)) {
          if (!(id in theirs)) problems.push(`${file}: ${id} is missing`);
        }
        for (const id of Object.keys(theirs)) {
          if (!(id in ours)) problems.push(`${file}: ${id} is not in English`);
        }
        for (const [id, text] of Object.entries(theirs)) {
          if (typeof text !== 'string' || text.trim() === '') {
            problems.push(`${file}: ${id} is empty`);
            continue;
          }
          const englishText = ours[id];
          if (englishText === undefined) continue;
          const want = [...signatureOf(parsed('en', id, englishText))].sort();
          const have = [...signatureOf(parsed(locale, id, text))].sort();
          if (want.join() !== have.join()) {
            problems.push(`${file}: ${id} has {${have.join(', ')}}, English {${want.join(', ')}}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('every English message is used in the SPA (an unused one is dead weight in every chunk)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (full !== catalogsDir) walk(full);
        } else if (/\.tsx?$/.test(entry.name)) sources.push(readFileSync(full, 'utf8'));
      }
    };
    walk(webDir);
    const code = sources.join('\n');
    // Ids built at run time are written with their fixed part: `api.error.${code}`.
    const prefixes = [...code.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map(
      (match) => match[1] as string,
    );
    const unused = Object.keys(english).filter(
      (id) => !code.includes(`'${id}'`) && !prefixes.some((prefix) => id.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
