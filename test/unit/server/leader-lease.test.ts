// The leader lease: of the instances on one PostgreSQL database exactly one does the leader's
// work; when it goes (its connection closed: a stop, or a process killed), another takes over at
// its next try, and the work never runs on two at once. On SQLite the one process always leads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alwaysLeading, createLeaderLease } from '../../../src/server/cluster/leader-lease.ts';
import { createLogger } from '../../../src/server/logger.ts';
import { createTestDatabase, postgresAvailable } from '../../support/postgres.ts';

const logger = createLogger('silent');

async function until(what: string, check: () => boolean) {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('alwaysLeading', () => {
  it('starts the work at once and stops it with the server', async () => {
    const events: string[] = [];
    const lease = alwaysLeading([
      { name: 'pull', start: () => events.push('start'), stop: () => events.push('stop') },
    ]);
    lease.start();
    expect(lease.leading).toBe(true);
    await lease.stop();
    expect(events).toEqual(['start', 'stop']);
  });
});

describe.skipIf(!(await postgresAvailable()))('the leader lease on PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    const created = await createTestDatabase('lease');
    if (!created) throw new Error('PostgreSQL went away');
    database = created;
  });
  afterAll(() => database?.drop());

  it('lets one instance of three lead, and hands over when the leader goes', async () => {
    let running = 0;
    let most = 0;
    const instances = ['a', 'b', 'c'].map((name) => {
      const work = {
        name: 'pull',
        runs: 0,
        start() {
          work.runs++;
          running++;
          most = Math.max(most, running);
        },
        stop() {
          running--;
        },
      };
      return {
        name,
        work,
        lease: createLeaderLease({ url: database.url, work: [work], logger, retryMs: 50 }),
      };
    });
    for (const { lease } of instances) lease.start();
    await until('a leader', () => instances.some(({ lease }) => lease.leading));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const leaders = instances.filter(({ lease }) => lease.leading);
    expect(leaders).toHaveLength(1);
    const first = leaders[0] as (typeof instances)[number];

    await first.lease.stop();
    await until('another leader', () =>
      instances.some(({ lease }) => lease !== first.lease && lease.leading),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(instances.filter(({ lease }) => lease.leading)).toHaveLength(1);
    expect(most).toBe(1);
    expect(running).toBe(1);
    for (const { lease } of instances) await lease.stop();
    expect(running).toBe(0);
  });
});
