// Pulled notifications leave Docplanner's queue: on a full disk, a batch that could not be
// written is held in memory and written first once space is back, and nothing more is pulled
// while the store says it cannot take writes.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createInboxWriter } from '../../../src/server/ingest/inbox-writer.ts';
import { createPuller } from '../../../src/server/ingest/puller.ts';
import { openStore } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { fillDisk, freeDisk } from '../../support/full-disk.ts';

/** Docplanner's queue: each pull takes up to `limit` off it, as the real one does. */
function queueOf(items: unknown[]) {
  let pulls = 0;
  const api = {
    async pullNotifications(limit: number) {
      pulls++;
      const raw = items.splice(0, limit);
      return { remaining: items.length, raw };
    },
  } as unknown as DocplannerApi;
  return { api, pulls: () => pulls, left: () => items.length };
}

const large = (id: string) => ({ ...slotBooked({ id }), padding: 'x'.repeat(10_000) });

describe('pulling on a full disk', () => {
  it('holds a batch it could not write and writes it first once space is back', async () => {
    const store = openStore(':memory:');
    const writer = createInboxWriter(store, () => {});
    const queue = queueOf([large('p1'), large('p2'), large('p3')]);
    const puller = createPuller({
      api: queue.api,
      writer,
      logger: pino({ level: 'silent' }),
      intervalMs: 1000,
    });

    await fillDisk(store.db);
    await expect(puller.drain()).rejects.toMatchObject({ errcode: 13 });
    expect(queue.left()).toBe(0); // taken off Docplanner's queue …
    expect(await store.inbox.pendingCount()).toBe(0); // … and not on disk yet

    freeDisk(store.db);
    expect(await puller.drain()).toBe(3);
    expect(await store.inbox.pendingCount()).toBe(3);
    const bodies = (await store.inbox.pending(10)).map(
      (entry) => JSON.parse(entry.body).data.visit_booking.id,
    );
    expect(bodies).toEqual(['p1', 'p2', 'p3']);
  });

  it('holds the malformed items of that batch too, and keeps them as dead letters once space is back', async () => {
    const store = openStore(':memory:');
    const queue = queueOf([large('p1'), { hello: 'x'.repeat(10_000) }]);
    const puller = createPuller({
      api: queue.api,
      writer: createInboxWriter(store, () => {}),
      logger: pino({ level: 'silent' }),
      intervalMs: 1000,
    });

    await fillDisk(store.db);
    await expect(puller.drain()).rejects.toMatchObject({ errcode: 13 });
    expect(queue.left()).toBe(0);
    expect(await store.deadLetters.count()).toBe(0); // neither written: the batch is one transaction

    freeDisk(store.db);
    expect(await puller.drain()).toBe(2);
    expect(await store.inbox.pendingCount()).toBe(1);
    expect(await store.deadLetters.list(10)).toMatchObject([
      { source: 'pull', reason: expect.stringMatching(/^not a notification: /) },
    ]);
  });

  it('does not pull while the store cannot take writes', async () => {
    const store = openStore(':memory:');
    let writable = false;
    const queue = queueOf([large('p1')]);
    const puller = createPuller({
      api: queue.api,
      writer: createInboxWriter(store, () => {}),
      logger: pino({ level: 'silent' }),
      intervalMs: 1000,
      canStore: () => writable,
    });
    expect(await puller.drain()).toBe(0);
    expect(queue.pulls()).toBe(0);
    writable = true;
    expect(await puller.drain()).toBe(1);
  });
});
