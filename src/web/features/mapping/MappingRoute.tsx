// The mapping screen's place in the page: `#/mapping` (admin only; mounted by app/). Shows the
// screen over the agenda while the address says so, and nothing otherwise.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { useLocationHash } from '../../lib/use-location-hash.ts';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
// The screen's own module loads only when it opens, but its stylesheet also lays out the
// fallback below, which shows from the start: it stays with the page.
import './mapping-route.css';

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
        <Screen className="mapping-screen">
          <ScreenBody as="div" width="widest" className="mapping-screen__main">
            <Spinner label={t('mapping.route.opening')} />
          </ScreenBody>
        </Screen>
      }
    >
      <MappingScreen />
    </Suspense>
  );
}

/** The way to the screen from the agenda's header. */
export function MappingLink() {
  return <ButtonLink href={mappingHash}>{t('mapping.link')}</ButtonLink>;
}
