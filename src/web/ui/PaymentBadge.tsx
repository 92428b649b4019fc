// The payment badge of a prepaid visit: colour, icon and words for every state the shared rule
// `paymentView` decides (never colour alone), and while the patient may still pay, when the
// window closes and how long is left. The parent passes `nowMs` (the server's clock) and
// re-renders it; the badge itself keeps no timer.
import type { Visit } from '../../shared/api/visit.ts';
import { paymentStateLabels } from '../../shared/domain/payment-status.ts';
import {
  type PaymentView,
  type PaymentWindowSettings,
  paymentView,
} from '../../shared/domain/payment-window.ts';
import { formatTime } from '../lib/facility-time.ts';
import './payment-badge.css';

export interface PaymentBadgeProps {
  visit: Pick<Visit, 'visitPayment' | 'bookedAt' | 'status' | 'visitPaymentStatus'>;
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

/** `34 min`, `1 h 05 min`; rounded up, so "1 min" lasts until the deadline itself. */
export function formatMinutesLeft(msLeft: number): string {
  const minutes = Math.max(0, Math.ceil(msLeft / minute));
  if (minutes < 1) return 'less than 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function paymentBadgeKind(view: PaymentView): PaymentBadgeKind {
  if (view.state === 'paid')
    return view.how === 'confirmed' ? 'paid-confirmed' : 'paid-window-passed';
  return view.state;
}

interface BadgeWords {
  /** What the badge says in full. */
  full: string;
  /** What a compact badge shows (the full text is still read out). */
  short: string;
  /** The countdown line, while the patient may still pay. */
  countdown: string | null;
}

export function paymentBadgeWords(view: PaymentView, nowMs: number, timeZone: string): BadgeWords {
  switch (view.state) {
    case 'awaiting':
    case 'in-progress': {
      const label = paymentStateLabels[view.state];
      const short = view.state === 'awaiting' ? 'Unpaid' : 'Paying';
      if (view.deadlineMs === null) return { full: label, short, countdown: null };
      const left = formatMinutesLeft(view.deadlineMs - nowMs);
      const by = formatTime(new Date(view.deadlineMs).toISOString(), timeZone);
      return {
        full: label,
        short: `${short} · ${left}`,
        countdown: `Pay by ${by} · ${left} left`,
      };
    }
    case 'verifying':
      return {
        full: 'Payment window over — checking with Docplanner',
        short: 'Checking payment',
        countdown: null,
      };
    case 'paid':
      return view.how === 'confirmed'
        ? { full: 'Paid', short: 'Paid', countdown: null }
        : {
            full: 'Paid (window passed, not confirmed)',
            short: 'Paid (window passed)',
            countdown: null,
          };
    case 'unknown': {
      const raw = view.raw ?? '';
      return {
        full: `${paymentStateLabels.unknown}: “${raw}”`,
        short: `Payment: ${raw}`,
        countdown: null,
      };
    }
    default:
      return {
        full: paymentStateLabels[view.state],
        short: view.state === 'cancelled-unpaid' ? 'Not paid' : paymentStateLabels[view.state],
        countdown: null,
      };
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
  const words = paymentBadgeWords(view, nowMs, timeZone);
  const className = `payment-badge payment-badge--${kind}${compact ? ' payment-badge--compact' : ''}`;

  if (compact) {
    const sentence = words.countdown ? `${words.full}. ${words.countdown}` : words.full;
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
        {words.countdown ? (
          <span className="payment-badge__countdown">{words.countdown}</span>
        ) : null}
      </span>
    </span>
  );
}

/** Short names of the badge kinds, for counts and filters. */
export const paymentKindLabels: Record<PaymentBadgeKind, string> = {
  awaiting: 'Awaiting payment',
  'in-progress': 'Payment in progress',
  verifying: 'Checking with Docplanner',
  'paid-confirmed': 'Paid',
  'paid-window-passed': 'Paid (window passed)',
  failed: 'Payment failed',
  'cancelled-unpaid': 'Cancelled — not paid',
  refunded: 'Refunded',
  unknown: 'Unknown status',
};

/**
 * A distinct shape per state, so the badge reads without colour too. Decorative; one element,
 * its shape a CSS mask (payment-badge.css).
 */
export function PaymentIcon({ kind }: { kind: PaymentBadgeKind }) {
  return <span className={`icon payment-badge__icon payment-icon--${kind}`} aria-hidden="true" />;
}
