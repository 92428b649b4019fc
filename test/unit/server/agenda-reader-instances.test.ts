// Two instances on one PostgreSQL database: the agenda A keeps ready is never served once B has
// committed a change to it, with A's requests in flight while B commits. (Which shared read a
// request may take is pinned down exactly in shared-fresh-reads.test.ts.)
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { createFacilityDirectory } from '../../../src/server/agenda/facility-directory.ts';
import { createRangeSync } from '../../../src/server/agenda/range-sync.ts';
import { createAgendaReader } from '../../../src/server/agenda/read-agenda.ts';
import { openPostgresStore, type PostgresStore } from '../../../src/server/store/store.ts';
import { createTestDatabase, postgresAvailable } from '../../support/postgres.ts';
import { docplannerApiOn } from '../../support/sandbox-api.ts';

const now = new Date('2026-11-25T10:00:00+01:00');
const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00', refresh: false };
const available = await postgresAvailable();

describe.skipIf(!available)('the agenda kept ready on A, with B writing the same database', () => {
  let sandbox: RunningSandbox;
  let a: PostgresStore;
  let b: PostgresStore;
  let drop = async () => {};
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 1, now: () => now });
    const database = await createTestDatabase('store');
    if (!database) throw new Error('PostgreSQL went away');
    drop = database.drop;
    a = openPostgresStore(database.url, { poolSize: 4 });
    await a.ready();
    b = openPostgresStore(database.url, { poolSize: 4 });
    await b.ready();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await drop();
    await sandbox?.close();
  });

  function readerOnA() {
    const api = docplannerApiOn(sandbox);
    const logger = pino({ level: 'silent' });
    const rangeSync = createRangeSync({
      api,
      store: a,
      logger,
      timeZone: 'Europe/Warsaw',
      maxAgeMs: 3_600_000,
      onChanged: () => {},
    });
    return createAgendaReader({
      store: a,
      directory: createFacilityDirectory({ api, facilityId: undefined }),
      rangeSync,
      logger,
      dataSource: 'sandbox',
      timeZone: 'Europe/Warsaw',
      allowHttpVideoLinks: false,
      syncWaitMs: 10_000,
    });
  }

  it('serves B’s change in every answer A starts after B committed it', async () => {
    const reader = readerOnA();
    const kept = await reader.read(week);
    expect(await reader.read(week)).toBe(kept);
    const fromMs = Date.parse(week.from);
    const toMs = Date.parse(week.to);
    const booked = (await b.bookings.inRange('139878', fromMs, toMs)).filter(
      (record) => record.status === 'booked',
    );
    expect(booked.length).toBeGreaterThanOrEqual(3);

    for (const record of booked.slice(0, 3)) {
      // A's screens keep asking while B commits: answers begun before the commit may be old…
      const during = Array.from({ length: 20 }, () => reader.read(week));
      await b.transaction(async () => {
        await b.bookings.put({ ...record, status: 'canceled' });
        await b.changes.record(record.id, now.toISOString());
      });
      // …every one begun after it shows the change.
      const after = await Promise.all(Array.from({ length: 20 }, () => reader.read(week)));
      await Promise.all(during);
      for (const agenda of after) {
        expect(agenda.visits.find((visit) => visit.id === record.id)?.status).toBe('canceled');
        expect(agenda.liveCursor).toBe(await b.changes.latestSeq());
      }
    }
  });
});
