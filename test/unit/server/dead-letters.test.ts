// Dead letters for the admin: the list, one body as received, and a replay that writes a body
// the server can now read into the inbox, once.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createRetention } from '../../../src/server/ops/retention.ts';
import { deadLetterListSchema, deadLetterSchema } from '../../../src/shared/api/dead-letters.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp } from '../../support/server-app.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

async function until(condition: () => Promise<boolean>, what: string) {
  for (let tries = 0; tries < 200; tries++) {
    if (await condition()) return;
    await new Promise((wake) => setTimeout(wake, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function withLetters() {
  const built = buildTestApp();
  // As an older build left it: a notification it could not read, which this one can.
  const readable = JSON.stringify(slotBooked({ id: 'dl1' }));
  await built.store.inbox.deadLetter(
    'push',
    'not a notification',
    readable,
    '2026-11-20T08:00:00.000Z',
  );
  await built.store.inbox.deadLetter('pull', 'not JSON', '<xml/>', '2026-11-20T08:05:00.000Z');
  const post = (path: string) => built.request(path, { method: 'POST' });
  return { ...built, readable, post };
}

// Through the whole server (test/support/server-app.ts), on its in-memory SQLite store.
describe('/api/admin/dead-letters', () => {
  it('lists them newest first, without bodies, and shows one with its body as received', async () => {
    const { request, readable } = await withLetters();
    const list = deadLetterListSchema.parse(
      await (await request('/api/admin/dead-letters')).json(),
    );
    expect(list.total).toBe(2);
    expect(list.waiting).toBe(2);
    expect(list.retentionDays).toBe(14);
    expect(list.nextBefore).toBeNull();
    expect(list.deadLetters.map((letter) => [letter.reason, letter.bytes])).toEqual([
      ['not JSON', 6],
      ['not a notification', Buffer.byteLength(readable)],
    ]);
    const oldest = list.deadLetters[1]?.id as number;
    const one = deadLetterSchema.parse(
      await (await request(`/api/admin/dead-letters/${oldest}`)).json(),
    );
    expect(one.body).toBe(readable);
  });

  it('replays a body that now reads into the inbox, once; it becomes a visit', async () => {
    const { request, post, store } = await withLetters();
    const [, readableLetter] = deadLetterListSchema.parse(
      await (await request('/api/admin/dead-letters')).json(),
    ).deadLetters;
    const id = readableLetter?.id as number;
    const replayed = await post(`/api/admin/dead-letters/${id}/replay`);
    expect(replayed.status).toBe(200);
    const { inboxId } = (await replayed.json()) as { inboxId: number };
    await until(async () => (await store.bookings.get('dl1')) != null, 'the replayed booking');
    expect(await store.deadLetters.get(id)).toMatchObject({ replayedInboxId: inboxId });
    const after = deadLetterListSchema.parse(
      await (await request('/api/admin/dead-letters')).json(),
    );
    expect([after.total, after.waiting]).toEqual([2, 1]);

    const again = await post(`/api/admin/dead-letters/${id}/replay`);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'already_replayed' } });
  });

  it('refuses to replay a body that still cannot be read, saying why', async () => {
    const { request, post, store } = await withLetters();
    const [unreadable] = deadLetterListSchema.parse(
      await (await request('/api/admin/dead-letters')).json(),
    ).deadLetters;
    const response = await post(`/api/admin/dead-letters/${unreadable?.id}/replay`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'still_unreadable', message: expect.stringMatching(/not JSON$/) },
    });
    expect(await store.inbox.pendingCount()).toBe(0);
  });

  it('answers 404 to an unknown id, 400 to a malformed one, and is for admins only', async () => {
    const { request, post } = await withLetters();
    expect((await request('/api/admin/dead-letters/999')).status).toBe(404);
    expect((await post('/api/admin/dead-letters/999/replay')).status).toBe(404);
    expect((await request('/api/admin/dead-letters/abc')).status).toBe(400);
    expect((await request('/api/admin/dead-letters?before=-1')).status).toBe(400);
    expect((await request('/api/admin/dead-letters', {}, 'reception')).status).toBe(403);
    expect((await request('/api/admin/dead-letters', {}, 'doctor')).status).toBe(403);
    expect((await request('/api/admin/dead-letters', {}, null)).status).toBe(401);
  });

  it('pages on with `before`', async () => {
    const { request, store } = buildTestApp();
    for (let i = 0; i < 60; i++)
      await store.inbox.deadLetter('push', 'not JSON', `x${i}`, '2026-11-20T08:00:00.000Z');
    const first = deadLetterListSchema.parse(
      await (await request('/api/admin/dead-letters')).json(),
    );
    expect(first.deadLetters).toHaveLength(50);
    const second = deadLetterListSchema.parse(
      await (await request(`/api/admin/dead-letters?before=${first.nextBefore}`)).json(),
    );
    expect(second.deadLetters).toHaveLength(10);
    expect(second.nextBefore).toBeNull();
    const ids = [...first.deadLetters, ...second.deadLetters].map((letter) => letter.id);
    expect(new Set(ids).size).toBe(60);
  });
});

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`retention on ${dialect.name}`, () => {
    const store = storeForTests(dialect);

    it('deletes dead letters and processed entries past the retention, never a pending one', async () => {
      const now = Date.parse('2026-12-01T12:00:00Z');
      const days = (n: number) => new Date(now - n * 24 * 60 * 60_000).toISOString();
      await store.inbox.deadLetter('push', 'not JSON', 'old', days(15));
      await store.inbox.deadLetter('push', 'not JSON', 'recent', days(13));
      const oldProcessed = await store.inbox.append('push', '{}', days(20));
      await store.inbox.markProcessed(oldProcessed, 'applied', days(15));
      const recentProcessed = await store.inbox.append('push', '{}', days(20));
      await store.inbox.markProcessed(recentProcessed, 'applied', days(13));
      await store.inbox.append('push', '{}', days(30)); // pending, however old

      const retention = createRetention({
        store,
        logger: pino({ level: 'silent' }),
        retentionMs: 14 * 24 * 60 * 60_000,
        now: () => now,
      });
      expect(await retention.sweep()).toEqual({ deadLetters: 1, inbox: 1 });
      expect((await store.deadLetters.list(10)).map((letter) => letter.receivedAt)).toEqual([
        days(13),
      ]);
      expect(await store.inbox.pendingCount()).toBe(1);
      expect(await retention.sweep()).toEqual({ deadLetters: 0, inbox: 0 });
    });
  });
}
