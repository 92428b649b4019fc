// The payments board's place in the page: `#/payments`. Mounted once in app/; shows the board
// over the agenda while the address says so, and nothing otherwise.
import { useSyncExternalStore } from 'react';
import { PaymentsBoard } from './PaymentsBoard.tsx';

export const paymentsHash = '#/payments';

function subscribe(listener: () => void): () => void {
  globalThis.addEventListener?.('hashchange', listener);
  return () => globalThis.removeEventListener?.('hashchange', listener);
}

const currentHash = () => globalThis.location?.hash ?? '';

export function PaymentsRoute() {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return hash === paymentsHash ? <PaymentsBoard /> : null;
}

/** The way to the board from the agenda's header. */
export function PaymentsLink() {
  return (
    <a className="payments-link" href={paymentsHash}>
      Payments
    </a>
  );
}
