import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBookingRefresher } from '../../../src/server/agenda/booking-refresher.ts';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import { createPaymentVerifier } from '../../../src/server/payments/payment-verifier.ts';
import type { Store } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import type { Booking } from '../../../src/shared/docplanner/booking.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

const minute = 60_000;
const bookedAt = '2026-11-20T09:00:00+01:00';
const bookedMs = Date.parse(bookedAt);
const logger = pino({ level: 'silent' });

async function setup(store: Store, answer: Partial<Booking>) {
  const processor = createProcessor({ store, logger, onChanged: () => {} });
  await store.inbox.append(
    'pull',
    JSON.stringify(slotBooked({ id: 'b1', visit_payment: true, booked_at: bookedAt })),
    'now',
  );
  await processor.processPending();
  const asked: string[] = [];
  const api = {
    async getBooking(_place: unknown, id: string) {
      asked.push(id);
      return {
        id,
        status: 'booked',
        start_at: '2026-11-23T10:00:00+01:00',
        end_at: '2026-11-23T10:30:00+01:00',
        booked_at: bookedAt,
        visit_payment: true,
        ...answer,
      } as Booking;
    },
  } as unknown as DocplannerApi;
  const clock = manualClock(bookedMs + 30 * minute);
  const refresher = createBookingRefresher({
    api,
    store,
    logger,
    onChanged: () => {},
    now: clock.now,
  });
  const verifier = createPaymentVerifier({
    store,
    clock,
    refresher,
    logger,
    windowMinutes: 90,
    graceMinutes: 5,
  });
  return { store, verifier, clock, asked };
}

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`payment verifier on ${dialect.name}`, () => {
    const store = storeForTests(dialect, { fresh: true });

    it('asks Docplanner nothing while the window is open', async () => {
      const { verifier, asked } = await setup(store, { visit_payment_status: 'paid' });
      expect(await verifier.tick()).toBe(0);
      expect(asked).toEqual([]);
    });

    it('checks once at the end of the window and settles on what Docplanner says', async () => {
      const { verifier, asked, clock } = await setup(store, {
        status: 'canceled',
        visit_payment_status: 'failed',
      });
      clock.set(bookedMs + 90 * minute);
      expect(await verifier.tick()).toBe(1);
      expect(await verifier.tick()).toBe(0);
      expect(asked).toEqual(['b1']);
      expect(await store.bookings.get('b1')).toMatchObject({
        status: 'canceled',
        visitPaymentStatus: 'failed',
      });
    });
  });
}

// Through the whole server (test/support/server-app.ts), on its in-memory SQLite store.
describe('POST /api/visits/:id/refresh', () => {
  it('re-reads the booking from Docplanner and answers with the visit', async () => {
    const api = {
      getBooking: async (_place: unknown, id: string) =>
        ({
          id,
          status: 'booked',
          start_at: '2026-11-23T10:00:00+01:00',
          end_at: '2026-11-23T10:30:00+01:00',
          visit_payment: true,
          visit_payment_status: 'successful',
        }) as Booking,
    } as unknown as DocplannerApi;
    const built = buildTestApp({ api, clock: manualClock(Date.parse('2026-11-24T12:00:00Z')) });
    await built.store.inbox.append(
      'pull',
      JSON.stringify(slotBooked({ id: 'b1', visit_payment: true })),
      'now',
    );
    await built.processor.processPending();
    const response = await built.request('/api/visits/b1/refresh', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      visit: { id: 'b1', visitPaymentStatus: 'successful' },
    });
  });

  it('says Docplanner failed when it cannot be reached', async () => {
    const built = buildTestApp();
    await built.store.inbox.append('pull', JSON.stringify(slotBooked({ id: 'b1' })), 'now');
    await built.processor.processPending();
    const response = await built.request('/api/visits/b1/refresh', { method: 'POST' });
    expect(response.status).toBeGreaterThanOrEqual(500);
  });
});
