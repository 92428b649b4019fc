// The store's tables behave the same over SQLite and PostgreSQL: every table's reads and writes,
// the transaction and savepoint rules the processor relies on, and what a second connection sees
// of a transaction still open.
import { describe, expect, it } from 'vitest';
import type { BookingRecord } from '../../../src/server/projection/booking-record.ts';
import { queryTerms } from '../../../src/shared/domain/patient-terms.ts';
import { bookingRecord } from '../../fixtures/booking-record.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

const start = Date.UTC(2030, 0, 14, 9, 0);
const minute = 60_000;

function booking(id: string, overrides: Partial<BookingRecord> = {}): BookingRecord {
  const startMs = overrides.startAt ? Date.parse(overrides.startAt) : start;
  return bookingRecord({
    id,
    facilityId: 'f1',
    doctorId: 'd1',
    addressId: 'a1',
    startAt: new Date(startMs).toISOString(),
    endAt: new Date(startMs + 30 * minute).toISOString(),
    details: {
      patient: { name: 'Łucja', surname: "O'Neill", phone: '+48 600 100 200', email: null },
    },
    updatedAtMs: start - 60 * minute,
    updatedKey: 'k',
    ...overrides,
  });
}

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`the store on ${dialect.name}`, () => {
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
      await store.inbox.deadLetter('push', 'not JSON', 'zażółć\u0000', '2030-01-14T08:00:00.000Z');
      const [letter] = await store.deadLetters.list(10);
      expect(letter).toMatchObject({ reason: 'not JSON', source: 'push', bytes: 11 });
      const id = letter?.id ?? 0;
      expect((await store.deadLetters.get(id))?.body).toBe('zażółć\u0000');
      expect(await store.deadLetters.waiting()).toBe(1);
      expect(await store.deadLetters.markReplayed(id, 99, '2030-01-14T09:00:00.000Z')).toBe(true);
      expect(await store.deadLetters.markReplayed(id, 100, '2030-01-14T09:00:01.000Z')).toBe(false);
      expect(await store.deadLetters.get(id)).toMatchObject({ replayedInboxId: 99 });
      expect(await store.deadLetters.waiting()).toBe(0);
      expect(await store.deadLetters.expire('2031-01-01T00:00:00.000Z')).toBe(1);
      expect(await store.deadLetters.count()).toBe(0);
    });

    it('keeps bookings and finds them by time, by patient word prefix, by video and payment', async () => {
      const online = booking('b-online', {
        videocallUrl: 'https://video.example/1',
        startAt: new Date(start + 60 * minute).toISOString(),
      });
      const prepaid = booking('b-prepaid', {
        startAt: new Date(start + 120 * minute).toISOString(),
        details: {
          ...booking('x').details,
          patient: { name: 'Jan', surname: 'Kowalski', phone: null, email: null },
          visitPayment: true,
          bookedAt: '2030-01-13T10:00:00.000Z',
        },
      });
      const elsewhere = booking('b-other-facility', { facilityId: 'f2' });
      for (const record of [booking('b-plain'), online, prepaid, elsewhere]) {
        await store.bookings.put(record);
      }
      expect(await store.bookings.get('b-online')).toEqual(online);
      expect(await store.bookings.count()).toBe(4);
      expect(
        (await store.bookings.inRange('f1', start, start + 24 * 60 * minute)).map((b) => b.id),
      ).toEqual(['b-plain', 'b-online', 'b-prepaid']);
      // A visit that started before the range and is still going overlaps it.
      expect(
        (await store.bookings.inRange('f1', start + 10 * minute, start + 20 * minute)).map(
          (b) => b.id,
        ),
      ).toEqual(['b-plain']);
      const byName = async (query: string, doctorId: string | null = null) =>
        (await store.bookings.withPatientTerms('f1', queryTerms(query), doctorId, 10)).map(
          (b) => b.id,
        );
      expect(await byName('luc oneil')).toEqual(['b-online', 'b-plain']);
      expect(await byName('kowal')).toEqual(['b-prepaid']);
      expect(await byName('600 100')).toEqual(['b-online', 'b-plain']);
      expect(await byName('kowal', 'd2')).toEqual([]);
      expect(
        (await store.bookings.videoVisitsStarting('f1', start, start + 24 * 60 * minute)).map(
          (b) => b.id,
        ),
      ).toEqual(['b-online']);
      expect((await store.bookings.prepaidBookedSince(0)).map((b) => b.id)).toEqual(['b-prepaid']);
      expect(await store.bookings.videoVisitsPerAddress(0)).toEqual(new Map([['a1', 1]]));
      // Renamed: the old name no longer finds it.
      await store.bookings.put({
        ...prepaid,
        details: { ...prepaid.details, patient: { ...prepaid.details.patient, surname: 'Nowak' } },
      });
      expect(await byName('kowal')).toEqual([]);
      expect(await byName('nowak')).toEqual(['b-prepaid']);
    });

    it('keeps text holding a NUL: exactly in JSON columns, as U+FFFD in PostgreSQL TEXT', async () => {
      await store.bookings.put(
        booking('b-nul', {
          details: {
            ...booking('x').details,
            patient: { name: 'Ja\u0000n', surname: 'Nul', phone: null, email: null },
          },
        }),
      );
      expect((await store.bookings.get('b-nul'))?.details.patient.name).toBe('Ja\u0000n');
      await store.history.add({
        bookingId: 'b-nul',
        event: 'booking_canceled',
        occurredAt: '2030-01-14T08:00:00.000Z',
        summary: 'by Ja\u0000n',
      });
      const summary = (await store.history.of('b-nul'))[0]?.summary;
      expect(summary).toBe(dialect.name === 'postgres' ? 'by Ja\uFFFDn' : 'by Ja\u0000n');
    });

    it('writes a history line once, and no observed line for what the agenda did itself', async () => {
      const line = {
        bookingId: 'h1',
        event: 'booking_moved',
        occurredAt: '2030-01-14T08:00:00.000Z',
        summary: 'moved',
      };
      await store.history.add(line, 'reception');
      await store.history.add(line, 'reception');
      expect(
        await store.history.addObserved({ ...line, occurredAt: '2030-01-14T08:00:30.000Z' }),
      ).toBe(false);
      expect(await store.history.addObserved({ ...line, event: 'booking_canceled' })).toBe(true);
      expect((await store.history.of('h1')).map((entry) => entry.event)).toEqual([
        'booking_moved',
        'booking_canceled',
      ]);
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
