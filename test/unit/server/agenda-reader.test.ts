import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { createFacilityDirectory } from '../../../src/server/agenda/facility-directory.ts';
import { createRangeSync } from '../../../src/server/agenda/range-sync.ts';
import { createAgendaReader } from '../../../src/server/agenda/read-agenda.ts';
import type { Store } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { docplannerApiOn } from '../../support/sandbox-api.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

const now = new Date('2026-11-25T10:00:00+01:00');
const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00', refresh: false };
let sandbox: RunningSandbox;
let realApi: DocplannerApi;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1, now: () => now });
  realApi = docplannerApiOn(sandbox);
});
afterAll(() => sandbox.close());

/** A reader over the sandbox, on `store`, whose upstream calls can be counted, failed or slowed. */
function build(
  store: Store,
  upstream: { fail?: boolean; delayMs?: number; maxAgeMs?: number; syncWaitMs?: number } = {},
) {
  const calls = { getBookings: 0, getBooking: 0 };
  const api: DocplannerApi = {
    ...realApi,
    async getBookings(...args) {
      calls.getBookings++;
      if (upstream.delayMs) await new Promise((resolve) => setTimeout(resolve, upstream.delayMs));
      if (upstream.fail) throw new Error('Docplanner is down');
      // The list's videocall_url is deprecated (1.0.39): behave as if Docplanner dropped it.
      return (await realApi.getBookings(...args)).map(
        ({ videocall_url: _, ...booking }) => booking,
      );
    },
    async getBooking(...args) {
      calls.getBooking++;
      return realApi.getBooking(...args);
    },
  };
  const logger = pino({ level: 'silent' });
  const directory = createFacilityDirectory({ api: realApi, facilityId: undefined });
  const rangeSync = createRangeSync({
    api,
    store,
    logger,
    timeZone: 'Europe/Warsaw',
    maxAgeMs: upstream.maxAgeMs ?? 60_000,
    onChanged: () => {},
  });
  const reader = createAgendaReader({
    store,
    directory,
    rangeSync,
    logger,
    dataSource: 'sandbox',
    timeZone: 'Europe/Warsaw',
    allowHttpVideoLinks: false,
    // Long enough for a real read on a busy machine; the slow-upstream case sets its own.
    syncWaitMs: upstream.syncWaitMs ?? 10_000,
  });
  return { reader, store, calls, upstream };
}

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`agenda reader over the sandbox, on ${dialect.name}`, () => {
    const store = storeForTests(dialect, { fresh: true });

    it('reads the week from Docplanner into the store, with purple visits and their links', async () => {
      const { reader } = build(store);
      const agenda = await reader.read(week);
      expect(agenda.facility).toEqual({
        id: '139878',
        name: 'Medical Clinic "Test"',
        timeZone: 'Europe/Warsaw',
      });
      expect(agenda.visits.length).toBeGreaterThanOrEqual(30);
      expect(await store.bookings.count()).toBeGreaterThanOrEqual(agenda.visits.length);
      const online = agenda.visits.filter((visit) => visit.online);
      expect(online.length).toBeGreaterThan(0);
      const booked = online.filter((visit) => visit.status === 'booked');
      expect(booked.every((visit) => visit.video?.kind === 'link')).toBe(true);
      expect(agenda.sync).toMatchObject({ stale: false, message: null });
      // The rows were read after the sync's changes: the live stream starts after them.
      expect(agenda.liveCursor).toBe(await store.changes.latestSeq());
    });

    it('serves the same prepared answer until something changes', async () => {
      const { reader } = build(store);
      const first = await reader.read(week);
      expect(await reader.read(week)).toBe(first);
      const record = (
        await store.bookings.inRange('139878', Date.parse(week.from), Date.parse(week.to))
      )[0]!;
      await store.bookings.put({ ...record, status: 'canceled' });
      await store.changes.record(record.id, new Date().toISOString());
      const next = await reader.read(week);
      expect(next).not.toBe(first);
      expect(next.visits.find((visit) => visit.id === record.id)?.status).toBe('canceled');
      expect(next.liveCursor).toBe(first.liveCursor + 1);
    });

    it('does not read Docplanner again for a range synced recently, unless asked to', async () => {
      const { reader, calls } = build(store);
      await reader.read(week);
      const afterFirst = calls.getBookings;
      await reader.read(week);
      expect(calls.getBookings).toBe(afterFirst);
      await reader.read({ ...week, refresh: true });
      expect(calls.getBookings).toBe(afterFirst * 2);
    });

    it('reads each video link once, then keeps it', async () => {
      const { reader, calls } = build(store, { maxAgeMs: 0 });
      const agenda = await reader.read(week);
      const links = calls.getBooking;
      expect(links).toBe(
        agenda.visits.filter((visit) => visit.video !== null && visit.status === 'booked').length,
      );
      await reader.read(week);
      expect(calls.getBooking).toBe(links);
    });

    it('serves what it kept, marked stale, when Docplanner fails', async () => {
      const built = build(store, { maxAgeMs: 0 });
      const fresh = await built.reader.read(week);
      built.upstream.fail = true;
      const stale = await built.reader.read(week);
      expect(stale.visits).toEqual(fresh.visits);
      expect(stale.sync.stale).toBe(true);
      expect(stale.sync.message).toMatch(/^Docplanner did not answer; showing data from \d\d:\d\d/);
    });

    it('says so when a range was never loaded and Docplanner fails', async () => {
      const { reader } = build(store, { fail: true });
      const agenda = await reader.read(week);
      expect(agenda.visits).toEqual([]);
      expect(agenda.sync).toMatchObject({ stale: true, syncedAt: null });
      expect(agenda.sync.message).toMatch(/has not been loaded before/);
    });

    it('answers from the store when Docplanner is slow, and the sync lands later', async () => {
      const built = build(store, { maxAgeMs: 0, syncWaitMs: 200 });
      await built.reader.read(week);
      // The first sync has landed (on a busy machine after the first answer, not before it).
      await vi.waitFor(async () => expect(await built.store.bookings.count()).toBeGreaterThan(0), {
        timeout: 10_000,
      });
      // Ten times the wait: the answer cannot have waited for this sync, however busy the machine.
      built.upstream.delayMs = 2_000;
      const answer = await built.reader.read(week);
      expect(answer.sync.stale).toBe(true);
      expect(answer.sync.message).toMatch(/slow to answer/);
      expect(answer.visits.length).toBeGreaterThan(0);
    });
  });
}
