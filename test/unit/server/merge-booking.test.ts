import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookingObservation } from '../../../src/server/projection/booking-record.ts';
import { mergeBooking } from '../../../src/server/projection/merge-booking.ts';

const place = { facilityId: 'f1', doctorId: 'd1', addressId: 'a1' };
const details = {
  patient: { name: 'Anna', surname: 'Nowak', phone: null, email: null },
  service: { id: 's1', name: 'Regular Visit', dictionaryId: null },
  comment: null,
  bookedAt: '2026-11-23T08:00:00+01:00',
  canceledAt: null,
  canceledBy: null,
  visitPayment: false,
};

function observation(overrides: Partial<BookingObservation>): BookingObservation {
  return {
    ...place,
    atMs: 1_000,
    id: 'b1',
    startAt: '2026-11-23T10:00:00+01:00',
    endAt: '2026-11-23T10:30:00+01:00',
    status: 'booked',
    details,
    ...overrides,
  };
}

function fold(observations: readonly BookingObservation[]) {
  return observations.reduce<ReturnType<typeof mergeBooking> | undefined>(
    (record, next) => mergeBooking(record, next),
    undefined,
  );
}

describe('mergeBooking', () => {
  it('creates the record from the first observation', () => {
    const record = fold([observation({ videocallUrl: 'https://v.example/r/1' })]);
    expect(record).toMatchObject({
      id: 'b1',
      status: 'booked',
      videocallUrl: 'https://v.example/r/1',
    });
  });

  it('returns the same object for a duplicate', () => {
    const first = mergeBooking(undefined, observation({}));
    expect(mergeBooking(first, observation({}))).toBe(first);
  });

  it('ignores a stale update that arrives after a newer one', () => {
    const moved = observation({ atMs: 2_000, startAt: '2026-11-23T12:00:00+01:00' });
    const stale = observation({ atMs: 1_000, startAt: '2026-11-23T10:00:00+01:00' });
    expect(fold([moved, stale])?.startAt).toBe('2026-11-23T12:00:00+01:00');
  });

  it('keeps a cancel that arrives before the booking itself', () => {
    const cancel = observation({
      atMs: 2_000,
      status: 'canceled',
      details: { ...details, canceledAt: '2026-11-23T09:00:00+01:00', canceledBy: 'user' },
    });
    const booked = observation({ atMs: 1_000 });
    const record = fold([cancel, booked]);
    expect(record?.status).toBe('canceled');
    expect(record?.details.canceledBy).toBe('user');
  });

  it('never un-cancels, even for a newer booked snapshot', () => {
    const record = fold([observation({ atMs: 1, status: 'canceled' }), observation({ atMs: 9 })]);
    expect(record?.status).toBe('canceled');
  });

  it('reads the seed spelling "cancelled" as canceled', () => {
    expect(fold([observation({ status: 'cancelled' })])?.status).toBe('canceled');
  });

  it('keeps the video link when a later payload has none', () => {
    const record = fold([
      observation({ atMs: 1, videocallUrl: 'https://v.example/r/1' }),
      observation({ atMs: 2, videocallUrl: null }),
    ]);
    expect(record?.videocallUrl).toBe('https://v.example/r/1');
  });

  it('orders payment statuses by their own time, not by arrival', () => {
    const paid = observation({ atMs: 5, visitPaymentStatus: 'paid', paymentStatusAtMs: 5 });
    const waiting = observation({ atMs: 6, visitPaymentStatus: 'not-paid', paymentStatusAtMs: 3 });
    expect(fold([paid, waiting])?.visitPaymentStatus).toBe('paid');
    expect(fold([waiting, paid])?.visitPaymentStatus).toBe('paid');
  });

  it('converges to the in-order state for any order with duplicates', () => {
    const anObservation = fc.record({
      atMs: fc.integer({ min: 1, max: 20 }),
      status: fc.constantFrom('booked', 'canceled', 'cancelled', 'confirmed-ish'),
      startAt: fc.constantFrom('2026-11-23T10:00:00+01:00', '2026-11-24T11:00:00+01:00'),
      videocallUrl: fc.constantFrom(null, undefined, 'https://v.example/r/1'),
      visitPaymentStatus: fc.constantFrom(null, undefined, 'not-paid', 'paid', 'refunded', 'new'),
      paymentStatusAtMs: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      presence: fc.constantFrom(null, undefined, 'present' as const, 'absent' as const),
      confirmed: fc.boolean(),
      visitPayment: fc.boolean(),
      comment: fc.constantFrom(null, 'first visit', 'bring results'),
    });
    fc.assert(
      fc.property(
        fc.array(anObservation, { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.nat()),
        (generated, randomness) => {
          const observations = generated.map(({ visitPayment, comment, ...rest }) =>
            observation({ ...rest, details: { ...details, visitPayment, comment } }),
          );
          const inOrder = fold([...observations].sort((a, b) => a.atMs - b.atMs));
          // Every observation delivered twice, in a shuffled order.
          const doubled = [...observations, ...observations];
          const iterator = randomness[Symbol.iterator]();
          for (let i = doubled.length - 1; i > 0; i--) {
            const j = (iterator.next().value as number) % (i + 1);
            [doubled[i], doubled[j]] = [
              doubled[j] as BookingObservation,
              doubled[i] as BookingObservation,
            ];
          }
          expect(fold(doubled)).toEqual(inOrder);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a read of Docplanner and a notification in the same second', () => {
  it('lets the payment notification win over a read stamped the same second', async () => {
    const { observationFromBooking } = await import(
      '../../../src/server/agenda/observation-from-booking.ts'
    );
    const read = observationFromBooking(
      {
        id: 'b1',
        status: 'booked',
        start_at: '2026-11-23T10:00:00+01:00',
        end_at: '2026-11-23T10:30:00+01:00',
        visit_payment: true,
        visit_payment_status: 'not-paid',
      },
      place,
      Date.parse('2026-11-20T09:30:00.800+01:00'),
    );
    const paid = observation({
      atMs: Date.parse('2026-11-20T09:30:00+01:00'),
      visitPaymentStatus: 'paid',
      paymentStatusAtMs: Date.parse('2026-11-20T09:30:00+01:00'),
    });
    expect(fold([paid, read])?.visitPaymentStatus).toBe('paid');
    expect(fold([read, paid])?.visitPaymentStatus).toBe('paid');
  });
});
