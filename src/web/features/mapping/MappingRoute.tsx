// The mapping screen's place in the page: `#/mapping` (admin only; mounted by app/). Shows the
// screen over the agenda while the address says so, and nothing otherwise.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { useLocationHash } from '../../lib/use-location-hash.ts';
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

export function MappingRoute() {
  const hash = useLocationHash();
  if (hash !== mappingHash) return null;
  return (
    <Suspense
      fallback={
        <div className="mapping-screen">
          <div className="mapping-screen__main">
            <Spinner label={t('mapping.route.opening')} />
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
      {t('mapping.link')}
    </a>
  );
}
