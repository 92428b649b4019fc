// The mapping screen's place in the page: `#/mapping` (admin only; mounted by app/). Shows the
// screen over the agenda while the address says so, and nothing otherwise.
import { useSyncExternalStore } from 'react';
import { MappingScreen } from './MappingScreen.tsx';

export const mappingHash = '#/mapping';

function subscribe(listener: () => void): () => void {
  globalThis.addEventListener?.('hashchange', listener);
  return () => globalThis.removeEventListener?.('hashchange', listener);
}

const currentHash = () => globalThis.location?.hash ?? '';

export function MappingRoute() {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return hash === mappingHash ? <MappingScreen /> : null;
}

/** The way to the screen from the agenda's header. */
export function MappingLink() {
  return (
    <a className="mapping-link" href={mappingHash}>
      Mapping
    </a>
  );
}
