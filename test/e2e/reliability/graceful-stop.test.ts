// A stop (SIGTERM) in the middle of a burst of pushes: every push answered 200 is on disk when
// the process has ended; the others were answered 503 with Retry-After, or not at all (the
// socket closed), and Docplanner sends those again. None is acknowledged and lost.
import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { findFreePort } from '../../support/server-process.ts';
import {
  count,
  pendingInbox,
  pushModeEnv,
  readDatabase,
  startedPerTest,
  waitFor,
  webhookSecret,
} from './harness.ts';

const started = startedPerTest();

describe('SIGTERM during a burst of pushes', () => {
  it('keeps every notification it acknowledged', async () => {
    const dataDir = await started.dataDir();
    const server = await started.server({
      port: await findFreePort(),
      dataDir,
      env: pushModeEnv,
    });
    const url = `${server.url}/webhooks/docplanner/${webhookSecret}`;
    const total = 400;
    const answers = new Map<string, number | 'no answer'>();
    let answered = 0;
    const send = async (id: string) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(slotBooked({ id })),
          signal: AbortSignal.timeout(15_000),
        });
        answers.set(id, response.status);
        if (response.status === 503) expect(response.headers.get('retry-after')).toBe('5');
        await response.arrayBuffer();
      } catch {
        answers.set(id, 'no answer');
      }
      answered++;
    };
    // Twenty senders at a time, as Docplanner's delivery workers.
    const ids = Array.from({ length: total }, (_, index) => `gs-${index}`);
    const senders = Array.from({ length: 20 }, async (_, worker) => {
      for (let index = worker; index < total; index += 20) await send(ids[index] as string);
    });
    await waitFor('a quarter of the burst to be answered', () => answered >= total / 4, {
      intervalMs: 5,
    });
    const stopped = server.stop();
    await Promise.all(senders);
    await stopped;

    const acknowledged = ids.filter((id) => answers.get(id) === 200);
    const other = ids.filter((id) => answers.get(id) !== 200);
    expect(acknowledged.length).toBeGreaterThanOrEqual(total / 4);
    expect(other.length, 'the stop came after every push was answered').toBeGreaterThan(0);
    for (const id of other) expect([503, 'no answer']).toContain(answers.get(id));
    const kept = readDatabase(dataDir, (db) =>
      acknowledged.filter(
        (id) =>
          count(
            db,
            "SELECT count(*) AS n FROM inbox WHERE json_extract(body, '$.data.visit_booking.id') = ?",
            id,
          ) === 1,
      ),
    );
    expect(kept.length).toBe(acknowledged.length);
    // The graceful stop processed what it had received: nothing left pending.
    expect(readDatabase(dataDir, pendingInbox)).toBe(0);
  });
});
