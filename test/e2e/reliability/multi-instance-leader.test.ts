// Several instances on one PostgreSQL database (issue 18), A and B from cluster.ts: a payment
// window's check fires once, and when the instance that pulls Docplanner's queue is killed -9, the
// other takes the lead and loses nothing.
// Without PostgreSQL on 127.0.0.1:5432 (TEST_POSTGRES_URL) the file is skipped with one line.
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../support/postgres.ts';
import {
  createVisitBooker,
  openRoundTheClockSlots,
  sandboxDay,
  wireDateTime,
} from './clinic-week.ts';
import { clustersForEachTest, type Instance, leadsLine, occurrences, outputs } from './cluster.ts';
import { control, sandboxStats, waitFor } from './harness.ts';

const startCluster = clustersForEachTest();
const skipped = !(await postgresAvailable());

describe.skipIf(skipped)('two instances on one PostgreSQL database: the leader’s work', () => {
  it('checks a prepaid booking once when its payment window ends, on one instance', async () => {
    const cluster = await startCluster({
      mode: 'pull',
      proxies: true,
      // A one-minute window, so that moving the sandbox's clock three minutes ends it (and the
      // sandbox's own 90-minute cancel of an unpaid visit stays far away).
      env: { PULL_INTERVAL_MS: '300', PAYMENT_WINDOW_MINUTES: '1', PAYMENT_GRACE_MINUTES: '1' },
    });
    const { sandbox, a, b } = cluster;
    await openRoundTheClockSlots(sandbox.url);
    const tomorrow = await sandboxDay(sandbox.url, 1);
    // Katarzyna Wiśniewska's in-person address takes payments; 01:00 is free of seeded visits.
    const booked = await control<{ bookingId: string; visitPayment: boolean }>(
      sandbox.url,
      'POST',
      '/marketplace/book',
      { addressId: '200103', start: wireDateTime(tomorrow.add({ hours: 1 })), prepaid: true },
    );
    expect(booked.visitPayment, 'a prepaid visit').toBe(true);
    const { bookingId } = booked;
    await waitFor(
      'the prepaid booking to reach the database',
      async () =>
        (await cluster.count('SELECT count(*) AS n FROM bookings WHERE id = $1', [bookingId])) ===
        1,
      { detail: () => outputs(cluster) },
    );
    const bookingGets = (instance: Instance) =>
      (instance.proxy?.requests ?? []).filter(
        (seen) =>
          seen.method === 'GET' && new RegExp(`/bookings/${bookingId}(\\?|$)`).test(seen.path),
      );
    expect([...bookingGets(a), ...bookingGets(b)], 'no check while the window is open').toEqual([]);

    // The window (1′) and its grace (1′) pass; each instance's verifier ticks every 10 s.
    await control(sandbox.url, 'POST', '/clock', { advanceMinutes: 3 });
    const advancedAt = Date.now();
    const firstCheck = await waitFor(
      'the payment check (a GET of the booking from either instance)',
      () => [...bookingGets(a), ...bookingGets(b)][0],
      { timeoutMs: 30_000, detail: () => outputs(cluster) },
    );
    // Both verifiers tick at least once more: neither checks it again.
    await new Promise((wake) => setTimeout(wake, 12_000));
    const checks = { A: bookingGets(a).length, B: bookingGets(b).length };
    expect(checks.A + checks.B, `GETs of the booking: ${JSON.stringify(checks)}`).toBe(1);
    const claims = await cluster.db.query<{ timer_id: string; done: number }>(
      'SELECT timer_id, done FROM timer_claims WHERE timer_id LIKE $1',
      [`payment-check:${bookingId}:%`],
    );
    expect(
      claims.rows.map((row) => Number(row.done)),
      'one claim, done',
    ).toEqual([1]);
    console.info(
      `multi-instance payment check: booking ${bookingId} read once, by ${checks.A ? 'A' : 'B'}, ${firstCheck.at - advancedAt} ms after the clock passed its window`,
    );
  }, 90_000);

  it('hands the pull worker over when its leader is killed -9, losing and doubling nothing', async () => {
    const cluster = await startCluster({
      mode: 'pull',
      proxies: true,
      env: { PULL_INTERVAL_MS: '300', LOG_LEVEL: 'info' },
    });
    const { sandbox, a, b } = cluster;
    const leaders = await waitFor(
      'one instance to lead',
      () => {
        const leading = [a, b].filter((instance) => instance.server.output().includes(leadsLine));
        return leading.length > 0 ? leading : undefined;
      },
      { timeoutMs: 15_000, detail: () => outputs(cluster) },
    );
    expect(
      leaders.map((instance) => instance.name),
      'exactly one leader',
    ).toHaveLength(1);
    const leader = leaders[0] as Instance;
    const follower = leader === a ? b : a;
    const pulls = (instance: Instance, since = 0) =>
      (instance.proxy?.requests ?? []).filter(
        (seen) => seen.path.startsWith('/api/v3/integration/notifications') && seen.at >= since,
      ).length;

    await openRoundTheClockSlots(sandbox.url);
    const booker = createVisitBooker(sandbox.url);
    const inDatabase = (ids: readonly string[]) =>
      cluster.count('SELECT count(*) AS n FROM bookings WHERE id = ANY($1)', [ids]);
    // Before the kill: the leader pulls, the follower does not.
    const before = await booker.book(50);
    await waitFor(
      'the leader to pull the first 50',
      async () => (await inDatabase(before)) === 50,
      {
        detail: () => outputs(cluster),
      },
    );
    expect(pulls(leader), 'the leader pulls').toBeGreaterThan(0);
    expect(pulls(follower), 'the follower does not pull').toBe(0);
    expect(occurrences(follower.server.output(), leadsLine), 'nor lead').toBe(0);
    // Idle (the queue is empty) so that no pulled batch is in flight at the kill: Docplanner
    // removes what it hands out, and a batch lost that way is pull-restart.test.ts's concern.
    await waitFor(
      'the queue to be empty',
      async () => (await sandboxStats(sandbox.url)).queued === 0,
    );

    await leader.server.kill('SIGKILL');
    const killedAt = Date.now();
    // Booked while nobody leads: they wait in Docplanner's queue for the next leader.
    const after = await booker.book(150);
    await waitFor(
      'the follower to take the lead',
      () => follower.server.output().includes(leadsLine),
      {
        timeoutMs: 20_000,
        intervalMs: 20,
        detail: () => outputs(cluster),
      },
    );
    const handoverMs = Date.now() - killedAt;
    const all = [...before, ...after];
    await waitFor(
      'every booked visit to reach the database',
      async () =>
        (await inDatabase(all)) === all.length &&
        (await cluster.count('SELECT count(*) AS n FROM inbox WHERE processed_at IS NULL')) === 0,
      { timeoutMs: 30_000, detail: () => outputs(cluster) },
    );
    const drainedMs = Date.now() - killedAt;
    expect(pulls(follower, killedAt), 'the new leader pulls').toBeGreaterThan(0);
    expect(occurrences(follower.server.output(), leadsLine), 'it took the lead once').toBe(1);

    const stats = await sandboxStats(sandbox.url);
    expect(stats.queued, 'nothing left in Docplanner’s queue').toBe(0);
    expect(stats.pulled, 'each notification handed out once').toBe(all.length);
    expect(await cluster.count('SELECT count(*) AS n FROM bookings')).toBeGreaterThanOrEqual(
      all.length,
    );
    expect(await inDatabase(all)).toBe(all.length);
    expect(await cluster.count('SELECT count(*) AS n FROM inbox')).toBe(all.length);
    expect(await cluster.count('SELECT count(DISTINCT body) AS n FROM inbox')).toBe(all.length);
    const twice = await cluster.db.query(
      `SELECT booking_id, count(*) AS n FROM changes WHERE booking_id = ANY($1)
       GROUP BY booking_id HAVING count(*) <> 1`,
      [all],
    );
    expect(twice.rows, 'each booking applied once').toEqual([]);
    expect(
      await cluster.count(
        `SELECT count(*) AS n FROM booking_history WHERE event = 'slot-booked' AND booking_id = ANY($1)`,
        [all],
      ),
    ).toBe(all.length);
    console.info(
      `multi-instance handover: ${leader.name} killed -9, ${follower.name} led after ${handoverMs} ms and had all ${all.length} visits in the database after ${drainedMs} ms`,
    );
  }, 90_000);
});
