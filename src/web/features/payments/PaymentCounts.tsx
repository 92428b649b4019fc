// The counts per payment state at the top of the board, each a filter: "All", then the states
// reception acts on (always, even at zero) and the rarer ones when they occur.
import { t } from '../../lib/i18n/messages.ts';
import { type PaymentBadgeKind, PaymentIcon, paymentKindLabels } from '../../ui/PaymentBadge.tsx';
import { kindOrder } from './payment-rows.ts';
import './payment-counts.css';

/** Always counted, even at zero; the rarer kinds appear when they occur. */
const alwaysCounted: readonly PaymentBadgeKind[] = [
  'awaiting',
  'in-progress',
  'paid-confirmed',
  'paid-window-passed',
  'cancelled-unpaid',
  'failed',
];

export function PaymentCounts({
  total,
  counts,
  shownKinds,
  onShowAll,
  onToggle,
}: {
  total: number;
  counts: ReadonlyMap<PaymentBadgeKind, number>;
  /** The kinds the filter shows; none: all. */
  shownKinds: readonly PaymentBadgeKind[];
  onShowAll: () => void;
  onToggle: (kind: PaymentBadgeKind) => void;
}) {
  return (
    <section aria-label={t('payments.counts.label')} className="payments-board__counts">
      <button
        type="button"
        className="payment-count payment-count--all"
        aria-pressed={shownKinds.length === 0}
        onClick={onShowAll}
      >
        <span className="payment-count__number">{total}</span>{' '}
        <span className="payment-count__label">{t('payments.counts.all')}</span>
      </button>
      {kindOrder
        .filter((kind) => alwaysCounted.includes(kind) || (counts.get(kind) ?? 0) > 0)
        .map((kind) => (
          <button
            key={kind}
            type="button"
            className={`payment-count payment-count--${kind}`}
            aria-pressed={shownKinds.includes(kind)}
            data-kind={kind}
            onClick={() => onToggle(kind)}
          >
            <span className="payment-count__number">{counts.get(kind) ?? 0}</span>{' '}
            <span className="payment-count__label">
              <PaymentIcon kind={kind} />
              {t(paymentKindLabels[kind])}
            </span>
          </button>
        ))}
    </section>
  );
}
