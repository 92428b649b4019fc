// Docplanner speaks about payments in two vocabularies: GET booking(s) uses the seed's words
// (new, in_progress, successful, failed, canceled — and the spec's examples add paid), the
// `booking-payment-status-changed` callback uses paid, waiting_for_confirmation, not-paid,
// refunded, charged_back. Both map onto one set of states of our own; an unknown word is
// "unknown" and keeps its raw value, so a new word never breaks anything.

export const paymentStates = [
  'awaiting',
  'in-progress',
  'paid',
  'failed',
  'cancelled-unpaid',
  'refunded',
  'unknown',
] as const;
export type PaymentState = (typeof paymentStates)[number];

// A Map, not an object: a word such as `constructor` or `__proto__` must not find Object's own.
const words = new Map<string, PaymentState>(
  Object.entries({
    // the seed / GET booking(s)
    new: 'awaiting',
    in_progress: 'in-progress',
    successful: 'paid',
    failed: 'failed',
    canceled: 'cancelled-unpaid',
    cancelled: 'cancelled-unpaid',
    // the callback
    paid: 'paid',
    waiting_for_confirmation: 'in-progress',
    'not-paid': 'awaiting',
    not_paid: 'awaiting',
    refunded: 'refunded',
    charged_back: 'refunded',
    'charged-back': 'refunded',
  } satisfies Record<string, PaymentState>),
);

export interface NormalisedPayment {
  state: PaymentState;
  /** Docplanner's word as received (null when none). */
  raw: string | null;
}

export function normalisePaymentStatus(raw: string | null | undefined): NormalisedPayment {
  if (raw == null || raw.trim() === '') return { state: 'awaiting', raw: null };
  const key = raw.trim().toLowerCase().replace(/\s+/g, '_');
  return { state: words.get(key) ?? 'unknown', raw };
}

/**
 * The states in English words, for the server's day-sheet CSV (through `day-sheet-rows.ts`). The
 * SPA never shows these: it says each state from its catalog, in the page's language
 * (web/ui/PaymentBadge.tsx).
 */
export const paymentStateLabels: Record<PaymentState, string> = {
  awaiting: 'Awaiting payment',
  'in-progress': 'Payment in progress',
  paid: 'Paid',
  failed: 'Payment failed',
  'cancelled-unpaid': 'Cancelled — not paid',
  refunded: 'Refunded',
  unknown: 'Payment status unknown',
};
