import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PaymentFacts, paymentView } from '../../../src/shared/domain/payment-window.ts';

const minute = 60_000;
const bookedAt = '2026-11-24T10:00:00+01:00';
const booked = Date.parse(bookedAt);
const facts = (overrides: Partial<PaymentFacts> = {}): PaymentFacts => ({
  visitPayment: true,
  bookedAt,
  status: 'booked',
  visitPaymentStatus: 'new',
  ...overrides,
});

describe('paymentView', () => {
  it('is null for a visit without Docplanner payment', () => {
    expect(paymentView(facts({ visitPayment: false }), booked)).toBeNull();
  });

  it('awaits payment with the deadline 90 minutes after booking', () => {
    expect(paymentView(facts(), booked + 56 * minute)).toEqual({
      state: 'awaiting',
      deadlineMs: booked + 90 * minute,
      raw: 'new',
    });
  });

  it('verifies during the grace delay, then counts a still-booked visit as paid (window passed)', () => {
    expect(paymentView(facts(), booked + 90 * minute)?.state).toBe('verifying');
    expect(paymentView(facts(), booked + 94 * minute)?.state).toBe('verifying');
    expect(paymentView(facts(), booked + 95 * minute)).toEqual({
      state: 'paid',
      how: 'window-passed',
      raw: 'new',
    });
  });

  it('says confirmed when Docplanner says paid, in either vocabulary', () => {
    for (const word of ['paid', 'successful']) {
      expect(paymentView(facts({ visitPaymentStatus: word }), booked)).toEqual({
        state: 'paid',
        how: 'confirmed',
        raw: word,
      });
    }
  });

  it('is cancelled — not paid when the booking was cancelled before a payment', () => {
    for (const word of [
      'new',
      'not-paid',
      'in_progress',
      'waiting_for_confirmation',
      'failed',
      null,
    ]) {
      expect(
        paymentView(facts({ status: 'canceled', visitPaymentStatus: word }), booked)?.state,
      ).toBe('cancelled-unpaid');
    }
  });

  it('stays paid after a cancel that follows a payment, and shows a later refund', () => {
    expect(
      paymentView(facts({ status: 'canceled', visitPaymentStatus: 'paid' }), booked)?.state,
    ).toBe('paid');
    expect(paymentView(facts({ visitPaymentStatus: 'refunded' }), booked)?.state).toBe('refunded');
    expect(paymentView(facts({ visitPaymentStatus: 'charged_back' }), booked)?.state).toBe(
      'refunded',
    );
  });

  it('shows an unknown word as unknown with the raw value', () => {
    expect(paymentView(facts({ visitPaymentStatus: 'half-paid' }), booked)).toEqual({
      state: 'unknown',
      raw: 'half-paid',
    });
  });

  it('never counts a cancelled booking as paid unless Docplanner said paid (property)', () => {
    const words = [
      'new',
      'in_progress',
      'successful',
      'failed',
      'canceled',
      'paid',
      'waiting_for_confirmation',
      'not-paid',
      'refunded',
      'charged_back',
      'junk',
      null,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom('booked', 'canceled'),
        fc.integer({ min: -10, max: 400 }),
        fc.constantFrom(bookedAt, null),
        (word, status, minutes, when) => {
          const view = paymentView(
            facts({ visitPaymentStatus: word, status, bookedAt: when }),
            booked + minutes * minute,
          );
          expect(view).not.toBeNull();
          const saidPaid = word === 'paid' || word === 'successful';
          if (view?.state === 'paid' && !saidPaid) {
            expect(status).toBe('booked');
            expect(view.how).toBe('window-passed');
            expect(minutes).toBeGreaterThanOrEqual(95);
          }
          if (saidPaid) expect(view).toMatchObject({ state: 'paid', how: 'confirmed' });
        },
      ),
    );
  });
});
