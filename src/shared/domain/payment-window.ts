// What a prepaid visit's payment badge says. The patient has 90 minutes from booking to pay
// (Docplanner's guide); an unpaid booking is then cancelled by Docplanner. A visit still booked
// once the window (plus a grace delay for late notifications) has passed counts as paid — the
// seed allows it — and the badge says that it was inferred rather than confirmed.
import { normalisePaymentStatus, type PaymentState } from './payment-status.ts';

export interface PaymentWindowSettings {
  windowMinutes: number;
  graceMinutes: number;
}

export const defaultPaymentWindow: PaymentWindowSettings = { windowMinutes: 90, graceMinutes: 5 };

export interface PaymentFacts {
  visitPayment: boolean;
  /** When the patient booked (the window starts then); null if Docplanner did not say. */
  bookedAt: string | null;
  /** Docplanner's booking status: `canceled` ends the window. */
  status: string;
  /** Docplanner's latest payment word, either vocabulary. */
  visitPaymentStatus: string | null;
}

export type PaymentView =
  | { state: 'awaiting' | 'in-progress'; deadlineMs: number | null; raw: string | null }
  /** Window over, not cancelled, no word yet: we are checking with Docplanner. */
  | { state: 'verifying'; deadlineMs: number; raw: string | null }
  | { state: 'paid'; how: 'confirmed' | 'window-passed'; raw: string | null }
  | { state: Exclude<PaymentState, 'awaiting' | 'in-progress' | 'paid'>; raw: string | null };

const minute = 60_000;

/** The badge for a prepaid visit at `nowMs`, or null for a visit without Docplanner payment. */
export function paymentView(
  facts: PaymentFacts,
  nowMs: number,
  settings: PaymentWindowSettings = defaultPaymentWindow,
): PaymentView | null {
  if (!facts.visitPayment) return null;
  const { state, raw } = normalisePaymentStatus(facts.visitPaymentStatus);
  const canceled = facts.status === 'canceled' || facts.status === 'cancelled';
  const bookedAtMs = facts.bookedAt ? Date.parse(facts.bookedAt) : Number.NaN;
  const deadlineMs = Number.isFinite(bookedAtMs)
    ? bookedAtMs + settings.windowMinutes * minute
    : null;

  switch (state) {
    case 'paid':
      return { state: 'paid', how: 'confirmed', raw };
    case 'refunded':
    case 'unknown':
      return { state, raw };
    case 'cancelled-unpaid':
      return { state, raw };
    case 'failed':
      return canceled ? { state: 'cancelled-unpaid', raw } : { state: 'failed', raw };
    case 'awaiting':
    case 'in-progress': {
      if (canceled) return { state: 'cancelled-unpaid', raw };
      if (deadlineMs === null || nowMs < deadlineMs) return { state, deadlineMs, raw };
      if (nowMs < deadlineMs + settings.graceMinutes * minute) {
        return { state: 'verifying', deadlineMs, raw };
      }
      return { state: 'paid', how: 'window-passed', raw };
    }
  }
}
