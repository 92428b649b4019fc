// The mapping screen's place in the page: `#/mapping` (admin only; mounted by app/). Shows the
// screen over the agenda while the address says so, and nothing otherwise.
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Spinner } from '../../ui/Spinner.tsx';
// The screen's own module loads only when it opens, but its stylesheet also styles the header
// link (and the fallback below), which show from the start: it stays with the page.
import './mapping.css';

export const mappingHash = '#/mapping';

// Only an admin ever opens it, and rarely: its code is a chunk of its own, fetched the first
// time the address asks for it.
const MappingScreen = lazy(() =>
  import('./MappingScreen.tsx').then((module) => ({ default: module.MappingScreen })),
);

function subscribe(listener: () => void): () => void {
  globalThis.addEventListener?.('hashchange', listener);
  return () => globalThis.removeEventListener?.('hashchange', listener);
}

const currentHash = () => globalThis.location?.hash ?? '';

export function MappingRoute() {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  if (hash !== mappingHash) return null;
  return (
    <Suspense
      fallback={
        <div className="mapping-screen">
          <div className="mapping-screen__main">
            <Spinner label="Opening the mapping screen…" />
          </div>
        </div>
      }
    >
      <MappingScreen />
    </Suspense>
  );
}

/** The way to the screen from the agenda's header. */
export function MappingLink() {
  return (
    <a className="mapping-link" href={mappingHash}>
      Mapping
    </a>
  );
}
