// The page's address fragment (`#/payments`, `#/mapping`): the screens over the agenda follow it,
// so the browser's back button and a bookmark work as people expect.
import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  globalThis.addEventListener?.('hashchange', listener);
  return () => globalThis.removeEventListener?.('hashchange', listener);
}

const currentHash = () => globalThis.location?.hash ?? '';

/** The current `location.hash`, re-rendering when it changes. */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => '');
}
