import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalisePaymentStatus,
  paymentStates,
} from '../../../src/shared/domain/payment-status.ts';

describe('normalisePaymentStatus', () => {
  it.each([
    // the seed's words on GET booking(s)
    ['new', 'awaiting'],
    ['in_progress', 'in-progress'],
    ['successful', 'paid'],
    ['failed', 'failed'],
    ['canceled', 'cancelled-unpaid'],
    ['cancelled', 'cancelled-unpaid'],
    // the callback's words
    ['paid', 'paid'],
    ['waiting_for_confirmation', 'in-progress'],
    ['not-paid', 'awaiting'],
    ['refunded', 'refunded'],
    ['charged_back', 'refunded'],
    // spelling noise
    ['PAID', 'paid'],
    [' Successful ', 'paid'],
  ])('%s → %s', (raw, state) => {
    expect(normalisePaymentStatus(raw)).toEqual({ state, raw });
  });

  it('treats a missing word as awaiting', () => {
    expect(normalisePaymentStatus(null)).toEqual({ state: 'awaiting', raw: null });
    expect(normalisePaymentStatus('')).toEqual({ state: 'awaiting', raw: null });
  });

  it.each(['__proto__', ' _proto_ ', 'constructor', 'toString', 'hasOwnProperty'])(
    'does not mistake %s for a word it knows',
    (raw) => {
      expect(normalisePaymentStatus(raw)).toEqual({ state: 'unknown', raw });
    },
  );

  it('keeps an unknown word as unknown with its raw value', () => {
    expect(normalisePaymentStatus('partially_paid')).toEqual({
      state: 'unknown',
      raw: 'partially_paid',
    });
  });

  it('never throws and always answers one of our states, for any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null)), (raw) => {
        expect(paymentStates).toContain(normalisePaymentStatus(raw).state);
      }),
    );
  });
});
