// Pulling is destructive: Docplanner takes a batch off its queue as it answers. So a pulled item
// that is not a notification must not sink its batch: the well-formed ones go to the inbox and are
// processed, the malformed one is kept as a dead letter (its body and why) with a warning; and a
// body that is not a batch at all is kept whole as a dead letter. Against the real sandbox, whose
// control API queues malformed events byte for byte.
import ky from 'ky';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import {
  createDocplannerApi,
  UnreadablePullError,
} from '../../../src/server/upstream/docplanner-api.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { captureLogs } from '../../support/log-capture.ts';
import { docplannerApiOn } from '../../support/sandbox-api.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

const monday = Date.parse('2026-11-23T09:00:00+01:00');
let sandbox: RunningSandbox;

beforeEach(async () => {
  sandbox = await startSandbox({ seed: 1, now: () => new Date(monday) });
});
afterEach(() => sandbox.close());

/** The BFF in pull mode against the sandbox. */
function pullingServer() {
  const api = docplannerApiOn(sandbox);
  const { logger, lines } = captureLogs('info');
  const test = buildTestApp({
    api,
    logger,
    clock: manualClock(monday),
    notificationsMode: 'pull',
  });
  const { puller } = test.server.services;
  if (!puller) throw new Error('pull mode has a puller');
  const warnings = () =>
    lines()
      .filter((line) => line.level === 40)
      .map((line) => line.msg);
  return { ...test, puller, warnings };
}

/** Queues `text` on the sandbox as the next event, byte for byte when it is not a notification. */
async function emit(text: string) {
  const response = await fetch(`${sandbox.url}/_sandbox/notifications/emit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  expect(response.status, await response.text()).toBe(202);
}

async function queued(): Promise<number> {
  const response = await fetch(`${sandbox.url}/_sandbox/notifications`);
  return ((await response.json()) as { queued: number }).queued;
}

/** Every inbox entry, processed or not: the booking it carries and what became of it. */
async function inbox(test: ReturnType<typeof pullingServer>) {
  const rows = await test.store.sql.all<{ body: string; outcome: string | null }>(
    'SELECT body, outcome FROM inbox ORDER BY id',
  );
  return rows.map((row) => ({
    booking: JSON.parse(row.body).data.visit_booking.id,
    outcome: row.outcome,
  }));
}

describe('a pulled batch with malformed items', () => {
  it('keeps the well-formed items in the inbox and processes them, and each malformed one as a dead letter', async () => {
    const test = pullingServer();
    await emit(JSON.stringify(slotBooked({ id: 'p1' })));
    await emit('{"hello":"world"}');
    await emit(JSON.stringify(slotBooked({ id: 'p2' })));
    await emit('{"name":"slot-booked","data":{},"created_at":"yesterday"}');
    expect(await queued()).toBe(4);

    expect(await test.puller.drain()).toBe(4);
    expect(await queued()).toBe(0); // taken off Docplanner's queue: the inbox is where they live

    // Written, the processor was told (it runs on its own soon); here it runs at once.
    await test.processor.processPending();
    expect(await inbox(test)).toEqual([
      { booking: 'p1', outcome: 'applied slot-booked' },
      { booking: 'p2', outcome: 'applied slot-booked' },
    ]);
    expect(await test.store.bookings.get('p1')).toBeDefined();
    expect(await test.store.bookings.get('p2')).toBeDefined();

    const letters = await Promise.all(
      (await test.store.deadLetters.list(10))
        .reverse()
        .map((summary) => test.store.deadLetters.get(summary.id)),
    );
    expect(letters).toHaveLength(2);
    expect(letters[0]).toMatchObject({ source: 'pull', body: '{"hello":"world"}' });
    expect(letters[0]?.reason).toMatch(/^not a notification: name: /);
    expect(JSON.parse(letters[1]?.body ?? '')).toEqual({
      name: 'slot-booked',
      data: {},
      created_at: 'yesterday',
    });
    expect(letters[1]?.reason).toMatch(/^not a notification: created_at: /);
    expect(test.warnings()).toEqual([
      'pull: a pulled notification is unreadable (dead-lettered)',
      'pull: a pulled notification is unreadable (dead-lettered)',
    ]);
  });

  it('keeps a body that is not even a batch (not JSON) whole as a dead letter, and says pulling failed', async () => {
    const test = pullingServer();
    await emit(JSON.stringify(slotBooked({ id: 'p1' })));
    await emit('{"name":');
    expect(await queued()).toBe(2);

    await expect(test.puller.drain()).rejects.toThrow(
      'Unreadable pull, kept as a dead letter: pulled batch is not JSON',
    );
    expect(await queued()).toBe(0); // Docplanner has let go of both …

    expect(await inbox(test)).toEqual([]);
    const [summary] = await test.store.deadLetters.list(10);
    const letter = await test.store.deadLetters.get(summary?.id ?? 0);
    // … and both are kept, byte for byte as answered.
    expect(letter).toMatchObject({ source: 'pull', reason: 'pulled batch is not JSON' });
    expect(letter?.body).toBe(
      `{"notifications":[${JSON.stringify(slotBooked({ id: 'p1' }))},{"name":],"remaining":0}`,
    );
    expect(await test.store.deadLetters.count()).toBe(1);
    expect(test.warnings()).toContain('pull: a pulled notification is unreadable (dead-lettered)');

    // The next pull goes on: the queue is empty, nothing is kept twice.
    expect(await test.puller.drain()).toBe(0);
    expect(await test.store.deadLetters.count()).toBe(1);
  });
});

describe('the pulled envelope', () => {
  /** Docplanner's API answering every request with `body` (200). */
  function answering(body: string) {
    return createDocplannerApi(
      ky.create({
        prefix: 'http://docplanner.invalid/',
        retry: 0,
        fetch: async () =>
          new Response(body, {
            status: 200,
            headers: { 'content-type': 'application/vnd.docplanner+json' },
          }),
      }),
    );
  }

  it('reads the items of a batch on their own: one malformed item does not sink the others', async () => {
    const good = slotBooked({ id: 'p1' });
    const batch = await answering(
      JSON.stringify({ notifications: [good, 42, { name: '' }], remaining: 3 }),
    ).pullNotifications(100);
    expect(batch).toEqual({ raw: [good, 42, { name: '' }], remaining: 3 });
  });

  it.each([
    ['not JSON', '<html>Bad gateway</html>', 'pulled batch is not JSON'],
    [
      'no array of notifications',
      '{"notifications":{"name":"slot-booked"},"remaining":0}',
      'pulled batch is not a batch of notifications: notifications: ',
    ],
    [
      'no count of those remaining',
      '{"notifications":[]}',
      'pulled batch is not a batch of notifications: remaining: ',
    ],
    ['an array', '[]', 'pulled batch is not a batch of notifications: body: '],
  ])('refuses a body with %s, handing back its text and why', async (_case, body, reason) => {
    const pulled = answering(body).pullNotifications(100);
    await expect(pulled).rejects.toBeInstanceOf(UnreadablePullError);
    const error = (await pulled.catch((caught: unknown) => caught)) as UnreadablePullError;
    expect(error.body).toBe(body);
    expect(error.reason.startsWith(reason)).toBe(true);
  });
});
