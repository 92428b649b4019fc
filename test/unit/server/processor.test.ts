import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import type { Store } from '../../../src/server/store/store.ts';
import {
  bookingCanceled,
  bookingMoved,
  notification,
  paymentChanged,
  slotBooked,
} from '../../fixtures/notifications.ts';
import { emptyTables, storeDialects } from '../../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`the processor on ${dialect.name}`, () => {
    let store: Store;
    let close: () => Promise<void>;
    let changedCalls: number;

    async function ingest(...bodies: unknown[]) {
      for (const body of bodies) {
        await store.inbox.append(
          'push',
          typeof body === 'string' ? body : JSON.stringify(body),
          'now',
        );
      }
      return createProcessor({
        store,
        logger: pino({ level: 'silent' }),
        onChanged: () => {
          changedCalls++;
        },
      }).processPending();
    }

    beforeAll(async () => {
      ({ store, close } = await dialect.open());
    });
    afterAll(() => close());
    beforeEach(async () => {
      await emptyTables(store);
      changedCalls = 0;
    });

    describe('processor', () => {
      it('projects a booked slot with its video link and records its history', async () => {
        expect(await ingest(slotBooked({ id: 'b1', videocall_url: 'https://v.example/r/1' }))).toBe(
          1,
        );
        const booking = await store.bookings.get('b1');
        expect(booking).toMatchObject({
          status: 'booked',
          addressId: '200201',
          videocallUrl: 'https://v.example/r/1',
          details: { patient: { name: 'Jan', surname: 'Kowalski' } },
        });
        expect((await store.history.of('b1')).map((line) => line.event)).toEqual(['slot-booked']);
        expect((await store.history.of('b1'))[0]?.facts).toMatchObject({ kind: 'booked' });
        expect(await store.inbox.pendingCount()).toBe(0);
        expect(changedCalls).toBe(1);
      });

      it('changes nothing for a duplicate, and records no second change or history line', async () => {
        await ingest(slotBooked({ id: 'b1' }));
        const seq = await store.changes.latestSeq();
        await ingest(slotBooked({ id: 'b1' }));
        expect(await store.changes.latestSeq()).toBe(seq);
        expect(await store.history.of('b1')).toHaveLength(1);
      });

      it('reads the seed spelling booking-cancelled', async () => {
        const cancel = bookingCanceled({ id: 'b1' });
        await ingest(slotBooked({ id: 'b1' }), { ...cancel, name: 'booking-cancelled' });
        expect((await store.bookings.get('b1'))?.status).toBe('canceled');
      });

      it('keeps the video link across a move and marks the old booking as moved', async () => {
        await ingest(
          slotBooked({ id: 'b1', videocall_url: 'https://v.example/r/1' }),
          bookingMoved(
            { id: 'b1' },
            {
              id: 'b2',
              start_at: '2026-11-24T12:00:00+01:00',
              end_at: '2026-11-24T12:30:00+01:00',
            },
          ),
        );
        expect(await store.bookings.get('b1')).toMatchObject({ status: 'canceled', movedTo: 'b2' });
        expect(await store.bookings.get('b2')).toMatchObject({
          status: 'booked',
          startAt: '2026-11-24T12:00:00+01:00',
          videocallUrl: 'https://v.example/r/1',
        });
      });

      it('ends in the same state when a cancel arrives before its booking', async () => {
        await ingest(bookingCanceled({ id: 'b1' }), slotBooked({ id: 'b1' }));
        expect((await store.bookings.get('b1'))?.status).toBe('canceled');
      });

      it('applies payment changes by their time, whatever the arrival order', async () => {
        await ingest(
          paymentChanged({ id: 'b1' }, 'not-paid', 'paid', '2026-11-20T09:40:00+01:00'),
          slotBooked({ id: 'b1', visit_payment: true }),
          paymentChanged(
            { id: 'b1' },
            'not-paid',
            'waiting_for_confirmation',
            '2026-11-20T09:20:00+01:00',
          ),
        );
        expect(await store.bookings.get('b1')).toMatchObject({
          visitPaymentStatus: 'paid',
          details: { visitPayment: true },
        });
      });

      it('dead-letters bodies it cannot read and keeps going', async () => {
        const processed = await ingest(
          '{not json',
          { hello: 'world' },
          notification('slot-booked', '2026-11-20T09:00:00+01:00', { visit_booking: { id: 'x' } }),
          slotBooked({ id: 'b1' }),
        );
        expect(processed).toBe(4);
        expect((await store.inbox.deadLetters(10)).map((row) => row.reason)).toHaveLength(3);
        expect((await store.bookings.get('b1'))?.status).toBe('booked');
      });

      it('keeps an unknown event without failing', async () => {
        await ingest(notification('brand-new-event', '2026-11-20T09:00:00+01:00', {}));
        expect(await store.inbox.pendingCount()).toBe(0);
        expect(await store.inbox.deadLetters(10)).toHaveLength(0);
      });
    });

    describe('notification names that are Object’s own', () => {
      it.each(['constructor', '__proto__', 'toString'])(
        'keeps %s as an unknown event',
        async (name) => {
          const processed = await ingest(notification(name, '2026-11-20T09:00:00+01:00', {}));
          expect(processed).toBe(1);
          expect(await store.inbox.pendingCount()).toBe(0);
          expect(await store.inbox.deadLetters(10)).toHaveLength(0);
        },
      );
    });
  });
}
