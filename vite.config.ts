import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { precompiledMessages } from './src/web/lib/i18n/precompile-messages.ts';

// Installable, and readable offline: the manifest, and our service worker
// (src/web/service-worker/sw.ts) built with the list of the app's files to precache. The page
// registers it itself (src/web/lib/offline/register-service-worker.ts).
const installable = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/web/service-worker',
  filename: 'sw.ts',
  injectRegister: false,
  manifest: {
    name: 'Online Agenda',
    short_name: 'Agenda',
    description: 'The clinic’s agenda: online visits, video calls, payment status, live.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7fb',
    theme_color: '#6d28d9',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  // The page itself is never precached: a signed-in user's page carries their first week, and
  // is kept (network first) by the worker's own route.
  injectManifest: { globPatterns: ['**/*.{js,css,svg,png,woff2}'] },
});

// The SPA's build and dev server take the browser's own Temporal (src/web/lib/browser-temporal.ts
// fetches the polyfill where it is missing); the tests run on Node, which has none, and keep it.
// The polyfill fetched is the package's self-contained script, not its ES modules: those share
// `chunks/internal.js` with the few functions FullCalendar imports, and the whole of that module
// would then ride in the first load (+11 kB gzip) for the sake of a chunk most browsers never load.
const browserTemporal = process.env.VITEST
  ? []
  : [
      { find: /^temporal-polyfill$/, replacement: '/src/web/lib/browser-temporal.ts' },
      {
        find: /^temporal-polyfill\/global$/,
        replacement: fileURLToPath(
          new URL('./node_modules/temporal-polyfill/global.js', import.meta.url),
        ),
      },
    ];

// One config for the SPA build and for every test project (unit, component, e2e). The message
// catalogs are compiled on import, for the tests as for the page, which ships no ICU parser.
export default defineConfig({
  plugins: [precompiledMessages(), react(), installable],
  resolve: { alias: browserTemporal },
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
