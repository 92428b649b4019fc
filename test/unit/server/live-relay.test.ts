// The live relay between instances on one PostgreSQL database: a booking change committed through
// one store wakes the other instance's streams (NOTIFY with the commit, nothing before it), and
// what changed here by name (reminders, breaks, the clinic's structure) reaches the other's hub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClusterServices } from '../../../src/server/compose/cluster-services.ts';
import { createLiveHub, type LiveTopic } from '../../../src/server/live/live-hub.ts';
import { createLogger } from '../../../src/server/logger.ts';
import { openPostgresStore, type PostgresStore } from '../../../src/server/store/store.ts';
import { createTestDatabase, postgresAvailable } from '../../support/postgres.ts';

const logger = createLogger('silent');

function instance(url: string) {
  const store = openPostgresStore(url, { poolSize: 2 });
  const hub = createLiveHub();
  const woken: (LiveTopic | 'directory')[] = [];
  hub.subscribe((topic) => woken.push(topic));
  hub.onDirectory(() => woken.push('directory'));
  let reminderRefreshes = 0;
  const cluster = buildClusterServices(
    { store, hub, logger, refreshReminders: () => reminderRefreshes++, leaderRetryMs: 100 },
    [],
  );
  return { store, hub, woken, cluster, reminderRefreshes: () => reminderRefreshes };
}

async function until(what: string, check: () => boolean) {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.skipIf(!(await postgresAvailable()))('the live relay between instances', () => {
  let database: { url: string; drop: () => Promise<void> };
  let a: ReturnType<typeof instance>;
  let b: ReturnType<typeof instance>;

  beforeAll(async () => {
    const created = await createTestDatabase('relay');
    if (!created) throw new Error('PostgreSQL went away');
    database = created;
    a = instance(database.url);
    b = instance(database.url);
    await a.store.ready();
    for (const side of [a, b]) await side.cluster.relay?.start();
  });
  afterAll(async () => {
    for (const side of [a, b]) {
      await side?.cluster.relay?.stop();
      await side?.store.close();
    }
    await database?.drop();
  });

  it('wakes the other instance when a change commits, not before', async () => {
    b.woken.length = 0;
    let commit = () => {};
    const held = new Promise<void>((resolve) => {
      commit = resolve;
    });
    const transaction = (a.store as PostgresStore).transaction(async () => {
      await a.store.changes.record('relay-1', '2030-01-14T08:00:00.000Z');
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.woken).toEqual([]);
    commit();
    await transaction;
    await until('B woken for visits', () => b.woken.includes('visits'));
    expect(await b.store.changes.since(0, 10)).toEqual([
      { seq: expect.any(Number), bookingId: 'relay-1' },
    ]);
  });

  it('tells the other instance of reminders, breaks and the clinic’s structure by name', async () => {
    b.woken.length = 0;
    const refreshes = b.reminderRefreshes();
    a.hub.notifyBreaks();
    a.hub.notifyDirectory();
    a.hub.notifyReminders();
    await until('B told of breaks and the directory', () =>
      ['breaks', 'directory'].every((topic) => b.woken.includes(topic as LiveTopic)),
    );
    await until('B’s reminders read again', () => b.reminderRefreshes() > refreshes);
    // The clock is this instance's own (the sandbox's jumps); it is not relayed.
    a.hub.notifyClock();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.woken).not.toContain('clock');
  });
});
