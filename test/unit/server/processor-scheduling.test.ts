// Scheduled processing: a batch per turn of the event loop, and webhooks waiting for their
// commit acknowledged first, for at most maxLagMs.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createInboxWriter } from '../../../src/server/ingest/inbox-writer.ts';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import { openStore, type Store } from '../../../src/server/store/store.ts';
import { slotBooked } from '../../fixtures/notifications.ts';

let store: Store;

async function receive(count: number, from = 0) {
  for (let index = from; index < from + count; index++) {
    await store.inbox.append('push', JSON.stringify(slotBooked({ id: `b${index}` })), 'now');
  }
}

function processor(options: { busy?: () => boolean; maxLagMs?: number } = {}) {
  return createProcessor({
    store,
    logger: pino({ level: 'silent' }),
    onChanged: () => {},
    batchSize: 2,
    ...options,
  });
}

async function turns(count: number) {
  for (let index = 0; index < count; index++) await nextTurn();
}

beforeEach(() => {
  store = openStore(':memory:');
});

describe('scheduled processing', () => {
  it('processes a batch per turn, until nothing is pending', async () => {
    await receive(5);
    const worker = processor();
    worker.schedule();
    worker.schedule();
    await turns(1);
    expect(await store.inbox.pendingCount()).toBe(3);
    await turns(1);
    expect(await store.inbox.pendingCount()).toBe(1);
    await turns(2);
    expect(await store.inbox.pendingCount()).toBe(0);
    expect(await store.bookings.count()).toBe(5);
  });

  it('gives way while webhooks wait for their commit, then processes what they wrote', async () => {
    await receive(2);
    let busy = true;
    const worker = processor({ busy: () => busy, maxLagMs: 60_000 });
    worker.schedule();
    await turns(5);
    expect(await store.inbox.pendingCount()).toBe(2);
    busy = false;
    await turns(2);
    expect(await store.inbox.pendingCount()).toBe(0);
  });

  it('gives way for at most maxLagMs, one batch at a time', async () => {
    await receive(4);
    const worker = processor({ busy: () => true, maxLagMs: 30 });
    worker.schedule();
    await turns(2);
    expect(await store.inbox.pendingCount()).toBe(4);
    await new Promise((wake) => setTimeout(wake, 40));
    await turns(1);
    // One batch went despite the webhooks, and it gives way again for the next.
    expect(await store.inbox.pendingCount()).toBe(2);
    await turns(2);
    expect(await store.inbox.pendingCount()).toBe(2);
    await new Promise((wake) => setTimeout(wake, 40));
    await turns(2);
    expect(await store.inbox.pendingCount()).toBe(0);
  });

  it('processPending still does everything at once', async () => {
    await receive(5);
    expect(await processor({ busy: () => true }).processPending()).toBe(5);
    expect(await store.inbox.pendingCount()).toBe(0);
  });
});

describe('inbox writer', () => {
  it('says how many bodies wait for their commit', async () => {
    let written = 0;
    const writer = createInboxWriter(store, () => written++);
    const body = JSON.stringify(slotBooked({ id: 'b1' }));
    const ids = [writer.write('push', body), writer.write('push', body)];
    expect(writer.queued()).toBe(2);
    expect(await Promise.all(ids)).toEqual([1, 2]);
    expect(writer.queued()).toBe(0);
    // Both in one commit: one call.
    expect(written).toBe(1);
  });
});
