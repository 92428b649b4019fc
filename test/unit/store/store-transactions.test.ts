// The store's transaction and savepoint rules the processor relies on, the same over SQLite and
// PostgreSQL, what a second connection sees of a transaction still open, and the storage probe.
import { describe, expect, it } from 'vitest';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`transactions in the store on ${dialect.name}`, () => {
    const store = storeForTests(dialect);

    it('writes all of a transaction or none; a savepoint undoes only its own part', async () => {
      const before = await store.changes.latestSeq();
      await expect(
        store.transaction(async () => {
          await store.changes.record('t-none', '2030-01-14T08:00:00.000Z');
          throw new Error('the work failed');
        }),
      ).rejects.toThrow('the work failed');
      expect(await store.changes.latestSeq()).toBe(before);

      await store.transaction(async () => {
        await store.changes.record('t-kept', '2030-01-14T08:00:00.000Z');
        await expect(
          store.sql.savepoint(async () => {
            await store.changes.record('t-undone', '2030-01-14T08:00:00.000Z');
            throw new Error('one entry failed');
          }),
        ).rejects.toThrow('one entry failed');
      });
      expect((await store.changes.since(before, 10)).map((c) => c.bookingId)).toEqual(['t-kept']);
    });

    it('hides what a transaction wrote from other callers until it commits', async () => {
      const before = await store.changes.latestSeq();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let written = () => {};
      const wrote = new Promise<void>((resolve) => {
        written = resolve;
      });
      const transaction = store.transaction(async () => {
        await store.changes.record('t-open', '2030-01-14T08:00:00.000Z');
        written();
        await held;
      });
      await wrote;
      const outside = store.changes.since(before, 10);
      const seenWhileOpen = await Promise.race([
        outside,
        new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 50)),
      ]);
      // SQLite makes the outside read wait for the commit; PostgreSQL answers with what is committed.
      if (seenWhileOpen !== 'waiting') expect(seenWhileOpen).toEqual([]);
      release();
      await transaction;
      expect((await store.changes.since(before, 10)).map((c) => c.bookingId)).toEqual(['t-open']);
      if (seenWhileOpen === 'waiting') {
        expect((await outside).map((c) => c.bookingId)).toEqual(['t-open']);
      }
    });

    it('serialises read-then-write transactions: concurrent increments are all kept', async () => {
      await store.mapping.setCalendarName('counter', '0');
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.transaction(async () => {
            // The change log's lock (PostgreSQL) or the connection (SQLite) orders the writers.
            await store.changes.record('counter', '2030-01-14T08:00:00.000Z');
            const value = Number((await store.mapping.calendarNames()).get('counter'));
            await store.mapping.setCalendarName('counter', String(value + 1));
          }),
        ),
      );
      expect((await store.mapping.calendarNames()).get('counter')).toBe('20');
    });

    it('takes a write of the storage probe', async () => {
      await expect(store.storageProbe.write(256 * 1024)).resolves.toBeUndefined();
    });
  });
}
