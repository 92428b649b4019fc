// The payment badge of a prepaid visit: colour, icon and words for every state the shared rule
// `paymentView` decides (never colour alone), said the way reception says it: "Waiting for
// payment — 42 min left", "Not paid — cancelled by Docplanner". While the patient may still pay,
// it counts down to the moment Docplanner cancels an unpaid visit. The parent passes `nowMs`
// (the server's clock) and re-renders it; the badge itself keeps no timer.
import type { Visit } from '../../shared/api/visit.ts';
import {
  type PaymentView,
  type PaymentWindowSettings,
  paymentView,
} from '../../shared/domain/payment-window.ts';
import { formatTime } from '../lib/facility-time.ts';
import { type MessageId, t } from '../lib/i18n/messages.ts';
import './payment-badge.css';

type BadgeFacts = Pick<
  Visit,
  'visitPayment' | 'bookedAt' | 'status' | 'visitPaymentStatus' | 'presence'
>;

export interface PaymentBadgeProps {
  visit: BadgeFacts;
  /** Now, on the server's clock (the sandbox's on sandbox data). */
  nowMs: number;
  settings: PaymentWindowSettings;
  /** The facility's IANA zone: the deadline is shown as the clinic reads the clock. */
  timeZone: string;
  /**
   * Short words for calendar blocks and list rows; the full sentence stays for screen readers and
   * in the title. Where the words do not fit whole, the badge shows its icon alone (never a
   * clipped word).
   */
  compact?: boolean;
}

/** Every badge variant: `PaymentView['state']`, with paid split into its two ways. */
export type PaymentBadgeKind =
  | Exclude<PaymentView['state'], 'paid'>
  | 'paid-confirmed'
  | 'paid-window-passed';

const minute = 60_000;

/**
 * `34 min`, `1 h`, `1 h 5 min`, rounded up (so "1 min" lasts until the deadline itself), and the
 * number the sentence around it agrees with (`queda 1 min`, `quedan 34 min`; the hours over an
 * hour; 0 for "less than 1 min", which catalogs may match as `=0`).
 */
export function timeLeft(msLeft: number): { left: string; count: number } {
  const minutes = Math.max(0, Math.ceil(msLeft / minute));
  if (minutes < 1) return { left: t('payments.left.underMinute'), count: 0 };
  if (minutes < 60) return { left: t('payments.left.minutes', { minutes }), count: minutes };
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return {
    left:
      rest === 0
        ? t('payments.left.wholeHours', { hours })
        : t('payments.left.hours', { hours, minutes: rest }),
    count: hours,
  };
}

export function paymentBadgeKind(view: PaymentView): PaymentBadgeKind {
  if (view.state === 'paid')
    return view.how === 'confirmed' ? 'paid-confirmed' : 'paid-window-passed';
  return view.state;
}

export interface BadgeWords {
  /** What the badge says in full. */
  full: string;
  /** What a compact badge shows (the full text is still read out). */
  short: string;
  /** A second line: when Docplanner cancels an unpaid visit, or what reception should do. */
  detail: string | null;
}

const labels = {
  awaiting: {
    plain: 'payments.state.awaiting',
    left: 'payments.state.awaiting.left',
    short: 'payments.short.awaiting',
    shortLeft: 'payments.short.awaiting.left',
  },
  'in-progress': {
    plain: 'payments.state.inProgress',
    left: 'payments.state.inProgress.left',
    short: 'payments.short.inProgress',
    shortLeft: 'payments.short.inProgress.left',
  },
} as const satisfies Record<string, Record<string, MessageId>>;

/**
 * Whether Docplanner cancelled an unpaid visit: its payment says so, or the visit was cancelled
 * with the payment still open and the time to pay is over (Docplanner cancels it then). A visit
 * cancelled while the patient could still pay was cancelled by someone else.
 */
function cancelledByDocplanner(
  visit: BadgeFacts,
  nowMs: number,
  settings: PaymentWindowSettings,
): boolean {
  const word = visit.visitPaymentStatus?.trim().toLowerCase();
  if (word === 'canceled' || word === 'cancelled') return true;
  const bookedAtMs = visit.bookedAt ? Date.parse(visit.bookedAt) : Number.NaN;
  if (!Number.isFinite(bookedAtMs)) return false;
  return nowMs >= bookedAtMs + settings.windowMinutes * minute;
}

export function paymentBadgeWords(
  view: PaymentView,
  nowMs: number,
  timeZone: string,
  visit: BadgeFacts,
  settings: PaymentWindowSettings,
): BadgeWords {
  switch (view.state) {
    case 'awaiting':
    case 'in-progress': {
      const ids = labels[view.state];
      if (view.deadlineMs === null) {
        return { full: t(ids.plain), short: t(ids.short), detail: null };
      }
      const { left, count } = timeLeft(view.deadlineMs - nowMs);
      const time = formatTime(new Date(view.deadlineMs).toISOString(), timeZone);
      return {
        full: t(ids.left, { left, count }),
        short: t(ids.shortLeft, { left }),
        detail: t('payments.detail.cancelsAt', { time }),
      };
    }
    case 'verifying':
      return {
        full: t('payments.state.verifying'),
        short: t('payments.short.verifying'),
        detail: t('payments.detail.verifying'),
      };
    case 'paid':
      return view.how === 'confirmed'
        ? { full: t('payments.state.paid'), short: t('payments.state.paid'), detail: null }
        : {
            full: t('payments.state.notConfirmed'),
            short: t('payments.short.notConfirmed'),
            detail: t('payments.detail.notConfirmed'),
          };
    case 'failed':
      // The patient is here: what matters is taking the payment, not what went wrong online.
      return visit.presence === 'present'
        ? {
            full: t('payments.state.failed.present'),
            short: t('payments.short.failed.present'),
            detail: t('payments.detail.failed.present'),
          }
        : {
            full: t('payments.state.failed'),
            short: t('payments.short.failed'),
            detail: t('payments.detail.failed'),
          };
    case 'cancelled-unpaid':
      return {
        full: cancelledByDocplanner(visit, nowMs, settings)
          ? t('payments.state.cancelledByDocplanner')
          : t('payments.state.cancelledUnpaid'),
        short: t('payments.short.notPaid'),
        detail: null,
      };
    case 'refunded':
      return {
        full: t('payments.state.refunded'),
        short: t('payments.state.refunded'),
        detail: null,
      };
    case 'unknown': {
      const status = view.raw ?? '';
      return {
        full: t('payments.state.unknown', { status }),
        short: t('payments.short.unknown', { status }),
        detail: null,
      };
    }
  }
}

export function PaymentBadge({
  visit,
  nowMs,
  settings,
  timeZone,
  compact = false,
}: PaymentBadgeProps) {
  const view = paymentView(visit, nowMs, settings);
  if (!view) return null;
  const kind = paymentBadgeKind(view);
  const words = paymentBadgeWords(view, nowMs, timeZone, visit, settings);
  const className = `payment-badge payment-badge--${kind}${compact ? ' payment-badge--compact' : ''}`;

  if (compact) {
    const sentence = words.detail ? `${words.full}. ${words.detail}` : words.full;
    // Where the short words are the whole sentence ("Paid"), one element says it to everyone.
    return (
      <span className={className} data-payment-state={kind} title={sentence}>
        <PaymentIcon kind={kind} />
        {sentence === words.short ? (
          <span className="payment-badge__short">{words.short}</span>
        ) : (
          <>
            <span className="payment-badge__short" aria-hidden="true">
              {words.short}
            </span>
            <span className="visually-hidden">{sentence}</span>
          </>
        )}
      </span>
    );
  }
  return (
    <span className={className} data-payment-state={kind}>
      <PaymentIcon kind={kind} />
      <span className="payment-badge__text">
        <span className="payment-badge__label">{words.full}</span>
        {words.detail ? <span className="payment-badge__countdown">{words.detail}</span> : null}
      </span>
    </span>
  );
}

/** Short names of the badge kinds, for counts and filters (translate in render). */
export const paymentKindLabels: Record<PaymentBadgeKind, MessageId> = {
  awaiting: 'payments.state.awaiting',
  'in-progress': 'payments.state.inProgress',
  verifying: 'payments.kind.verifying',
  'paid-confirmed': 'payments.state.paid',
  'paid-window-passed': 'payments.state.notConfirmed',
  failed: 'payments.state.failed',
  'cancelled-unpaid': 'payments.kind.notPaid',
  refunded: 'payments.state.refunded',
  unknown: 'payments.kind.unknown',
};

/**
 * A distinct shape per state, so the badge reads without colour too. Decorative; one element,
 * its shape a CSS mask (payment-badge.css).
 */
export function PaymentIcon({ kind }: { kind: PaymentBadgeKind }) {
  return <span className={`icon payment-badge__icon payment-icon--${kind}`} aria-hidden="true" />;
}
