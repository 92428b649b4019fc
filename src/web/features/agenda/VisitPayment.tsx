// The payment badge of a prepaid visit in the agenda, on the server's clock: all badges of the
// page tick on one shared half-minute timer.
import type { Visit } from '../../../shared/api/visit.ts';
import type { PaymentWindowSettings } from '../../../shared/domain/payment-window.ts';
import { useServerNow } from '../../lib/server-clock.ts';
import { PaymentBadge } from '../../ui/PaymentBadge.tsx';

export function VisitPayment({
  visit,
  paymentWindow,
  timeZone,
  compact = false,
}: {
  visit: Visit;
  paymentWindow: PaymentWindowSettings;
  timeZone: string;
  compact?: boolean;
}) {
  const nowMs = useServerNow(30_000);
  return (
    <PaymentBadge
      visit={visit}
      nowMs={nowMs}
      settings={paymentWindow}
      timeZone={timeZone}
      compact={compact}
    />
  );
}
