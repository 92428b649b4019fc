// The payment badge of a prepaid visit: colour, icon and words for every state the shared rule
// `paymentView` decides (never colour alone), and while the patient may still pay, when the
// window closes and how long is left. The parent passes `nowMs` (the server's clock) and
// re-renders it; the badge itself keeps no timer.
import type { ReactNode } from 'react';
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
    return (
      <span className={className} data-payment-state={kind} title={sentence}>
        <PaymentIcon kind={kind} />
        <span className="payment-badge__short" aria-hidden="true">
          {words.short}
        </span>
        <span className="visually-hidden">{sentence}</span>
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

/** A distinct shape per state, so the badge reads without colour too. Decorative. */
export function PaymentIcon({ kind }: { kind: PaymentBadgeKind }) {
  return (
    <svg
      className="icon payment-badge__icon"
      width={14}
      height={14}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {iconPaths[kind]}
    </svg>
  );
}

const iconPaths: Record<PaymentBadgeKind, ReactNode> = {
  // hourglass
  awaiting: <path d="M6 2h12M6 22h12M7 2v4l5 6-5 6v4M17 2v4l-5 6 5 6v4" />,
  // card with motion
  'in-progress': (
    <>
      <rect x="2" y="5" width="20" height="14" rx="2" />
      <path d="M2 10h20M6 15h4" />
    </>
  ),
  // magnifier
  verifying: (
    <>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-4-4" />
    </>
  ),
  // check in a filled circle
  'paid-confirmed': (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </>
  ),
  // check in a dashed circle: paid by the rule, not by a confirmation
  'paid-window-passed': (
    <>
      <circle cx="12" cy="12" r="10" strokeDasharray="3 3" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </>
  ),
  // x in a circle
  failed: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="m15 9-6 6M9 9l6 6" />
    </>
  ),
  // slashed circle
  'cancelled-unpaid': (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="m5 5 14 14" />
    </>
  ),
  // arrow going back
  refunded: (
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h11a5 5 0 0 1 0 10h-3" />
    </>
  ),
  // question mark
  unknown: (
    <>
      <circle cx="12" cy="12" r="10" />
      <path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01" />
    </>
  ),
};
