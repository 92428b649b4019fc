// The payments board's place in the page: `#/payments`. Mounted once in app/; shows the board
// over the agenda while the address says so, and nothing otherwise.
import { lazy, Suspense } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { useLocationHash } from '../../lib/use-location-hash.ts';
import { ButtonLink } from '../../ui/ButtonLink.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
// The board's own module loads only when it opens, but its stylesheet also styles the fallback
// below, which shows from the start: it stays with the page.
import './payments-route.css';

export const paymentsHash = '#/payments';

// Most people open the agenda and never the board: its code is a chunk of its own, fetched the
// first time the address asks for it.
const PaymentsBoard = lazy(() =>
  import('./PaymentsBoard.tsx').then((module) => ({ default: module.PaymentsBoard })),
);

export function PaymentsRoute() {
  const hash = useLocationHash();
  if (hash !== paymentsHash) return null;
  return (
    <Suspense
      fallback={
        <Screen className="payments-board">
          <div className="payments-board__loading">
            <Spinner label={t('payments.opening')} />
          </div>
        </Screen>
      }
    >
      <PaymentsBoard />
    </Suspense>
  );
}

/** The way to the board from the agenda's header. */
export function PaymentsLink() {
  return <ButtonLink href={paymentsHash}>{t('payments.link')}</ButtonLink>;
}
