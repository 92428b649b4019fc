import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the SPA build and for every test project (unit, component, e2e).
export default defineConfig({
  plugins: [react()],
  root: '.',
  publicDir: 'public',
  // No source maps in the served build: they would publish the whole source.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    // `npm run dev`: the SPA with hot reload, talking to a BFF started with `npm start` on :8080.
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx', 'test/component/**/*.test.ts'],
          setupFiles: ['test/support/component-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own production server and browser; two cores, so one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
