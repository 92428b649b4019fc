// Builds the bare FullCalendar page with Vite's JS API into .bench/bare, fresh on every run.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');
export const bareOutDir = resolve(repoRoot, '.bench/bare');

export async function buildBarePage(): Promise<string> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'bare'),
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: bareOutDir, emptyOutDir: true, sourcemap: false },
  });
  return bareOutDir;
}
