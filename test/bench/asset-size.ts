// Bytes a browser downloads: the .js or .css files of a build, raw and gzipped; all of them, or
// only those the first page load fetches (what index.html names, and one language's messages).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../../src/shared/i18n/locales.ts';

export interface AssetSize {
  files: number;
  raw: number;
  gzip: number;
}

export async function assetSize(
  folder: string,
  extension: '.js' | '.css',
  keep: (name: string) => boolean = () => true,
): Promise<AssetSize> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter(
    (entry) => entry.isFile() && entry.name.endsWith(extension) && keep(entry.name),
  );
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(file.parentPath, file.name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}

/** A language's chunk of messages (`pl-CUpQpFsv.js`), by the build's naming. */
export function catalogChunkLocale(name: string): string | null {
  const stem = name.replace(/-[\w-]{8}\.js$/, '');
  return (locales as readonly string[]).includes(stem) ? stem : null;
}

/** The files index.html makes the browser fetch at once: its script, preloads and styles. */
export async function firstLoadFiles(folder: string): Promise<Set<string>> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) =>
    basename(match[1] as string),
  );
  return new Set(names);
}
