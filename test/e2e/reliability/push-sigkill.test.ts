// Push mode loses nothing: the server is SIGKILLed while Docplanner (the sandbox) is pushing a
// stream of 1,000 bookings and comes back on the same port and data folder. Pushes that failed
// for good come back through the release the server asks for at start-up; the others through
// Docplanner's retries 5 and 10 minutes later. Every booking ends up projected exactly once.
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../support/server-process.ts';
import { createVisitBooker, openRoundTheClockSlots } from './clinic-week.ts';
import {
  control,
  count,
  pendingInbox,
  pushModeEnv,
  readDatabase,
  sandboxStats,
  slotBookedLinesPerBooking,
  startedPerTest,
  waitFor,
  webhookSecret,
} from './harness.ts';

const started = startedPerTest();

describe('push: SIGKILL in the middle of a stream of 1,000 notifications', () => {
  it('applies every booking exactly once after a restart, through retries and release', async () => {
    const sandbox = await started.sandbox();
    const dataDir = await started.dataDir();
    await openRoundTheClockSlots(sandbox.url);
    const booker = createVisitBooker(sandbox.url);

    const port = await findFreePort();
    const maskedWebhookUrl = `http://127.0.0.1:${port}/webhooks/docplanner/…(${webhookSecret.length} characters)`;
    const startServer = async () => {
      const server = await started.server({
        port,
        dataDir,
        env: { SANDBOX_URL: sandbox.url, ...pushModeEnv },
      });
      // The server tells the sandbox where to push once it listens (the sandbox shows the URL
      // with its secret masked).
      await waitFor('the sandbox to push to the server', async () => {
        const stats = await sandboxStats(sandbox.url);
        return stats.mode === 'push' && stats.url === maskedWebhookUrl;
      });
      return server;
    };
    const idle = async (what: string) =>
      waitFor(what, async () => {
        const stats = await sandboxStats(sandbox.url);
        return stats.sending === 0 ? stats : undefined;
      });
    const advance = (minutes: number) =>
      control(sandbox.url, 'POST', '/clock', { advanceMinutes: minutes });

    const first = await startServer();
    // Docplanner allows one release an hour and the server asked at start-up: let 46 minutes
    // pass first, so that the restart below is more than an hour later and may ask again.
    await waitFor(
      'the release at start-up',
      async () => (await sandboxStats(sandbox.url)).last_release_at !== null,
    );
    await advance(46);
    // Group A: 600 bookings pushed back to back; the server dies after ~250 of them arrived.
    const groupA = booker.book(600);
    groupA.catch(() => {});
    const deliveredAtKill = await waitFor(
      'the sandbox to have delivered 250 pushes',
      async () => {
        const { delivered } = await sandboxStats(sandbox.url);
        return delivered >= 250 ? delivered : undefined;
      },
      { intervalMs: 5, timeoutMs: 60_000, detail: () => first.output() },
    );
    await first.kill('SIGKILL');
    expect(deliveredAtKill, 'killed in the middle of group A').toBeLessThan(550);
    const groupAIds = await groupA;
    await idle('the first attempts of group A');
    // While the server is down: group A's first retry fails, group B (400 more) is booked and
    // fails its first attempt, then group A's second retry fails (failed for good) and group B's
    // first retry fails.
    await advance(5);
    await idle("group A's first retries");
    const groupBIds = await booker.book(400);
    await idle('the first attempts of group B');
    await advance(10);
    const whileDown = await idle("group A's last and group B's first retries");
    const delivered = whileDown.delivered;
    expect(whileDown.failed, 'group A undelivered pushes failed for good').toBe(600 - delivered);
    expect(whileDown.retrying, 'group B waits for its last retry').toBe(400);

    // Restart: the server asks for a release at start-up (group A); group B's last retry is due
    // 10 minutes later.
    const second = await startServer();
    await waitFor(
      'the release to re-push group A',
      async () => (await sandboxStats(sandbox.url)).failed === 0,
      { timeoutMs: 20_000, detail: () => second.output() },
    );
    await advance(10);
    const bookingIds = [...groupAIds, ...groupBIds];
    const settled = await waitFor(
      'the sandbox to have nothing left to deliver and the inbox to be processed',
      async () => {
        const stats = await sandboxStats(sandbox.url);
        if (stats.sending > 0 || stats.retrying > 0) return undefined;
        const pending = readDatabase(dataDir, pendingInbox);
        return pending === 0 ? stats : undefined;
      },
      { timeoutMs: 30_000, detail: () => second.output() },
    );
    expect(settled.delivered, 'every push finally delivered').toBe(bookingIds.length);
    expect(settled.failed + settled.dropped).toBe(0);
    await second.stop();

    readDatabase(dataDir, (db) => {
      const projected = new Set(
        (db.prepare('SELECT id FROM bookings').all() as { id: string }[]).map((row) => row.id),
      );
      const missing = bookingIds.filter((id) => !projected.has(id));
      expect(missing, 'bookings missing from the projection').toEqual([]);
      expect(projected.size).toBe(1000);
      expect(count(db, "SELECT count(*) AS n FROM bookings WHERE status = 'booked'")).toBe(1000);

      const historyPerBooking = slotBookedLinesPerBooking(db);
      expect(historyPerBooking).toHaveLength(1000);
      expect(historyPerBooking.filter((row) => Number(row.n) !== 1)).toEqual([]);
      expect(count(db, 'SELECT count(*) AS n FROM booking_history')).toBe(1000);

      // Duplicates are welcome in the inbox (a push written just before the kill is pushed
      // again); none is projected twice, and every body made it.
      expect(count(db, 'SELECT count(*) AS n FROM inbox')).toBeGreaterThanOrEqual(1000);
      expect(count(db, 'SELECT count(DISTINCT body) AS n FROM inbox')).toBe(1000);
      expect(pendingInbox(db)).toBe(0);
      expect(count(db, 'SELECT count(*) AS n FROM dead_letters')).toBe(0);
    });
    console.info(
      `push SIGKILL: killed after ${deliveredAtKill} deliveries; ${600 - delivered} came back by release, 400 by the last retry; ${settled.attempts} push attempts in all`,
    );
  }, 120_000);
});
