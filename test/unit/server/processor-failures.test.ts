// A notification whose processing fails on a bug (not the store) is parked with outcome `error`
// and what it wrote is undone, while the rest of its batch is applied, on either store. The batch
// is applied straight through first; the failure sends it again with an entry per savepoint.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import type { Store } from '../../../src/server/store/store.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`a failing notification on ${dialect.name}`, () => {
    const store = storeForTests(dialect);

    it('is parked, its writes undone, and the rest of the batch applied', async () => {
      // The change log refuses the booking `pf-bad` after its row was written: a bug late in
      // applying it, which must leave nothing of it behind.
      const failing: Store = {
        ...store,
        changes: {
          ...store.changes,
          record: (bookingId: string, at: string) =>
            bookingId === 'pf-bad'
              ? Promise.reject(new Error('a bug in applying it'))
              : store.changes.record(bookingId, at),
        },
      };
      const ids: number[] = [];
      for (const id of ['pf-1', 'pf-bad', 'pf-2']) {
        ids.push(await store.inbox.append('push', JSON.stringify(slotBooked({ id })), 'now'));
      }
      const processed = await createProcessor({
        store: failing,
        logger: pino({ level: 'silent' }),
        onChanged: () => {},
      }).processPending();

      expect(processed).toBe(3);
      expect(await store.inbox.pendingCount()).toBe(0);
      const outcomes = await store.sql.all<{ id: number; outcome: string }>(
        'SELECT id, outcome FROM inbox ORDER BY id',
      );
      expect(outcomes).toEqual([
        { id: ids[0], outcome: 'applied slot-booked' },
        { id: ids[1], outcome: 'error' },
        { id: ids[2], outcome: 'applied slot-booked' },
      ]);
      expect(await store.bookings.get('pf-bad')).toBeUndefined();
      expect(await store.history.of('pf-bad')).toEqual([]);
      expect((await store.bookings.get('pf-1'))?.status).toBe('booked');
      expect((await store.bookings.get('pf-2'))?.status).toBe('booked');
      expect((await store.changes.since(0, 10)).map((change) => change.bookingId)).toEqual([
        'pf-1',
        'pf-2',
      ]);
    });
  });
}
