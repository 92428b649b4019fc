// The store's staff and settings tables behave the same over SQLite and PostgreSQL: users and
// their sessions, the mapping, reminder acks, idempotency keys and timer claims.
import { describe, expect, it } from 'vitest';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

const minute = 60_000;

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`the users, sessions and settings on ${dialect.name}`, () => {
    const store = storeForTests(dialect);

    it('keeps users (usernames in any case, once) and their sessions', async () => {
      const user = await store.users.add(
        { username: 'Anna.Nowak', displayName: 'Anna', role: 'reception', doctorId: null },
        'hash',
      );
      await expect(
        store.users.add(
          { username: 'anna.nowak', displayName: 'Other', role: 'admin', doctorId: null },
          'hash',
        ),
      ).rejects.toThrow();
      expect(
        await store.users.addIfAbsent(
          { username: 'ANNA.nowak', displayName: 'Other', role: 'admin', doctorId: null },
          'hash',
        ),
      ).toBeNull();
      expect((await store.users.withHash('ANNA.NOWAK'))?.user.id).toBe(user.id);
      await store.users.setLocale(user.id, 'pl');
      await store.users.setDisabled(user.id, true);
      expect(await store.users.get(user.id)).toMatchObject({ locale: 'pl', disabled: true });
      expect(await store.users.count()).toBe(1);

      const { token } = await store.sessions.open(user.id, 1_000);
      expect(await store.sessions.find(token)).toMatchObject({
        userId: user.id,
        lastSeenMs: 1_000,
      });
      expect(await store.sessions.findWithUser(token)).toEqual({
        session: expect.objectContaining({ userId: user.id, lastSeenMs: 1_000 }),
        user: expect.objectContaining({ id: user.id, username: 'Anna.Nowak', disabled: true }),
      });
      expect(await store.sessions.findWithUser(`${token}x`)).toBeUndefined();
      await store.sessions.touch(token, 2_000);
      expect((await store.sessions.find(token))?.lastSeenMs).toBe(2_000);
      await store.sessions.closeIdle(1_500);
      expect(await store.sessions.find(token)).toBeDefined();
      await store.sessions.closeAllOf(user.id);
      expect(await store.sessions.find(token)).toBeUndefined();
    });

    it('keeps the mapping, reminder acks, idempotency keys and timer claims', async () => {
      await store.mapping.setCalendarName('a1', 'Room 1');
      await store.mapping.setServiceMapping('s1', { ourName: 'Video', online: true });
      expect(await store.mapping.calendarNames()).toEqual(new Map([['a1', 'Room 1']]));
      expect(await store.mapping.serviceMappings()).toEqual(
        new Map([['s1', { ourName: 'Video', online: true }]]),
      );
      await store.reminderAcks.snooze('r1', 5_000, 1_000);
      expect(await store.reminderAcks.get('r1')).toEqual({ action: 'snoozed', untilMs: 5_000 });

      expect(await store.idempotency.claim(1, 'key', 'fp', 1_000)).toBe(true);
      expect(await store.idempotency.claim(1, 'key', 'fp', 1_001)).toBe(false);
      expect(await store.idempotency.takeOverStale(1, 'key', 'fp', 9_000, 500)).toBe(false);
      await store.idempotency.finish(1, 'key', { status: 201, contentType: null, body: '{}' });
      expect(await store.idempotency.get(1, 'key')).toMatchObject({ state: 'done', status: 201 });

      const now = Date.UTC(2030, 0, 14);
      expect(await store.timerClaims.claim('t1', now, now - minute)).toBe(true);
      expect(await store.timerClaims.claim('t1', now + 1, now - minute)).toBe(false);
      // Its claimer stopped before saying done: taken again once stale.
      expect(await store.timerClaims.claim('t1', now + 10 * minute, now + 5 * minute)).toBe(true);
      await store.timerClaims.done('t1');
      expect(await store.timerClaims.claim('t1', now + 60 * minute, now + 50 * minute)).toBe(false);
    });
  });
}
