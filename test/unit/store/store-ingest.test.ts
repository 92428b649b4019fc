// The store's tables for what comes in from Docplanner behave the same over SQLite and PostgreSQL:
// the inbox, dead letters and the numbered change log the live stream replays.
import { describe, expect, it } from 'vitest';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(
    `the inbox, dead letters and change log on ${dialect.name}`,
    () => {
      const store = storeForTests(dialect);

      it('keeps an inbox body exactly, NUL and all, and processes entries in order', async () => {
        const body = '{"a":"\u0000 zażółć 😀"}';
        const first = await store.inbox.append('push', body, '2030-01-14T08:00:00.000Z');
        const second = await store.inbox.append('pull', '{}', '2030-01-14T08:00:01.000Z');
        expect(second).toBeGreaterThan(first);
        expect(await store.inbox.pendingCount()).toBe(2);
        expect(await store.inbox.oldestPendingAt()).toBe('2030-01-14T08:00:00.000Z');
        const pending = await store.inbox.pending(10);
        expect(pending.map((entry) => [entry.id, entry.source, entry.body])).toEqual([
          [first, 'push', body],
          [second, 'pull', '{}'],
        ]);
        await store.inbox.markProcessed(first, 'applied', '2030-01-14T08:01:00.000Z');
        expect((await store.inbox.pending(10)).map((entry) => entry.id)).toEqual([second]);
        // Only processed entries expire, however old the pending one is.
        expect(await store.inbox.expireProcessed('2031-01-01T00:00:00.000Z')).toBe(1);
        expect(await store.inbox.pendingCount()).toBe(1);
      });

      it('appends a batch of bodies in order, over several statements when large', async () => {
        const entries = Array.from({ length: 1_201 }, (_, index) => ({
          source: 'push' as const,
          body: `{"n":${index}}`,
          receivedAt: '2030-01-14T08:00:00.000Z',
        }));
        const pendingBefore = await store.inbox.pendingCount();
        const ids = await store.transaction(() => store.inbox.appendAll(entries));
        expect(ids).toHaveLength(1_201);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
        const pending = await store.inbox.pending(2_000);
        const byId = new Map(pending.map((entry) => [entry.id, entry.body]));
        expect(ids.map((id) => byId.get(id))).toEqual(entries.map((entry) => entry.body));
        await store.inbox.markAllProcessed(
          ids.map((id, index) => ({ id, outcome: `outcome ${index}` })),
          '2030-01-14T08:01:00.000Z',
        );
        expect(await store.inbox.pendingCount()).toBe(pendingBefore);
        const outcomes = await store.sql.all<{ id: number; outcome: string }>(
          'SELECT id, outcome FROM inbox WHERE id >= ? ORDER BY id',
          [ids[0] ?? 0],
        );
        expect(outcomes).toEqual(ids.map((id, index) => ({ id, outcome: `outcome ${index}` })));
      });

      it('keeps dead letters with their size in bytes, replays each once, expires them', async () => {
        await store.inbox.deadLetter(
          'push',
          'not JSON',
          'zażółć\u0000',
          '2030-01-14T08:00:00.000Z',
        );
        const [letter] = await store.deadLetters.list(10);
        expect(letter).toMatchObject({ reason: 'not JSON', source: 'push', bytes: 11 });
        const id = letter?.id ?? 0;
        expect((await store.deadLetters.get(id))?.body).toBe('zażółć\u0000');
        expect(await store.deadLetters.waiting()).toBe(1);
        expect(await store.deadLetters.markReplayed(id, 99, '2030-01-14T09:00:00.000Z')).toBe(true);
        expect(await store.deadLetters.markReplayed(id, 100, '2030-01-14T09:00:01.000Z')).toBe(
          false,
        );
        expect(await store.deadLetters.get(id)).toMatchObject({ replayedInboxId: 99 });
        expect(await store.deadLetters.waiting()).toBe(0);
        expect(await store.deadLetters.expire('2031-01-01T00:00:00.000Z')).toBe(1);
        expect(await store.deadLetters.count()).toBe(0);
      });

      it('numbers changes in order, replays from a number and keeps the newest', async () => {
        const before = await store.changes.latestSeq();
        const a = await store.changes.record('c1', '2030-01-14T08:00:00.000Z');
        const b = await store.changes.record('c2', '2030-01-14T08:00:01.000Z');
        expect(b).toBeGreaterThan(a);
        expect(await store.changes.latestSeq()).toBe(b);
        expect(await store.changes.since(before, 10)).toEqual([
          { seq: a, bookingId: 'c1' },
          { seq: b, bookingId: 'c2' },
        ]);
        await store.changes.prune(1);
        expect(await store.changes.oldestSeq()).toBe(b);
      });
    },
  );
}
