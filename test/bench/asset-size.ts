// Bytes a browser downloads: every .js or .css file of a build, raw and gzipped.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  files: number;
  raw: number;
  gzip: number;
}

export async function assetSize(folder: string, extension: '.js' | '.css'): Promise<AssetSize> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(extension));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(file.parentPath, file.name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, raw, gzip };
}
