// The dead-letter screen's place in the page: `#/dead-letters` (admin only; mounted by app/).
// The header link shows only while some notification waits to be looked at.
import { lazy, Suspense, useEffect, useState } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { useLocationHash } from '../../lib/use-location-hash.ts';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { fetchDeadLetters } from './dead-letters-api.ts';
import './dead-letters-route.css';

export const deadLettersHash = '#/dead-letters';

// Rarely opened, by an admin only: a chunk of its own.
const DeadLettersScreen = lazy(() =>
  import('./DeadLettersScreen.tsx').then((module) => ({ default: module.DeadLettersScreen })),
);

export function DeadLettersRoute() {
  const hash = useLocationHash();
  if (hash !== deadLettersHash) return null;
  return (
    <Suspense
      fallback={
        <Screen className="dead-letters">
          <ScreenBody as="div" width="narrow" className="dead-letters__main">
            <Spinner label={t('dead-letters.route.opening')} />
          </ScreenBody>
        </Screen>
      }
    >
      <DeadLettersScreen />
    </Suspense>
  );
}

/** How often the header asks whether any notification could not be read. */
const recheckMs = 5 * 60_000;

/** "2 unreadable": the way to the screen, while there is something to look at. */
export function DeadLettersLink() {
  const [waiting, setWaiting] = useState(0);
  // While the screen is open it says the numbers itself; on the way back they are read again.
  const onScreen = useLocationHash() === deadLettersHash;
  useEffect(() => {
    if (onScreen) return;
    const controller = new AbortController();
    const check = () =>
      fetchDeadLetters(undefined, controller.signal).then(
        (list) => setWaiting(list.waiting),
        () => {},
      );
    void check();
    const timer = setInterval(check, recheckMs);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [onScreen]);
  if (waiting === 0) return null;
  return (
    <ButtonLink href={deadLettersHash} tone="warning">
      {t('dead-letters.link', { count: waiting })}
    </ButtonLink>
  );
}
