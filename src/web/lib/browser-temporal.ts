// The SPA's `temporal-polyfill`, in the production build (vite.config.ts points the import here):
// the browser's own Temporal where it has one (Chromium, Firefox), and the polyfill, fetched as a
// chunk of its own, only where it is missing. main.tsx awaits ensureTemporal() before anything
// reads the clock. Node has no Temporal: the server, the sandbox and the tests import the
// polyfill itself.
import type { Temporal as TemporalApi } from 'temporal-polyfill';

interface TemporalScope {
  Temporal?: typeof TemporalApi;
}

/** The Temporal every `import { Temporal } from 'temporal-polyfill'` of the SPA receives. */
export let Temporal = (globalThis as TemporalScope).Temporal as typeof TemporalApi;

/**
 * Makes Temporal usable: the browser's own, else the polyfill installed on `scope` by
 * `loadPolyfill`. Says which one it took.
 */
export async function ensureTemporal(
  scope: TemporalScope = globalThis as TemporalScope,
  loadPolyfill: () => Promise<unknown> = () => import('temporal-polyfill/global'),
): Promise<'native' | 'polyfill'> {
  const native = scope.Temporal !== undefined;
  if (!native) await loadPolyfill();
  if (scope.Temporal === undefined) throw new Error('The Temporal polyfill did not install itself');
  Temporal = scope.Temporal;
  return native ? 'native' : 'polyfill';
}
