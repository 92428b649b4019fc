// Push mode: each event POSTed once as JSON; failures retried after 5 and 10 minutes of sandbox
// time, then kept for release (once an hour, 429 + Retry-After; 403 in pull mode).
import { afterEach, describe, expect, it } from 'vitest';
import { control, later, post } from './control-client.ts';
import { checkEvent } from './notification-wire.ts';
import { type Receiver, startReceiver } from './push-receiver.ts';
import { errorBody, type TestSandbox, testSandbox } from './sandbox-client.ts';

const release = '/api/v3/integration/notifications/release';
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function pushSandbox(): Promise<{ sandbox: TestSandbox; receiver: Receiver }> {
  const sandbox = await testSandbox();
  receiver = await startReceiver();
  const response = await sandbox.app.request(
    '/_sandbox/notifications/delivery',
    post({ mode: 'push', url: receiver.url }, 'PUT'),
  );
  expect(response.status).toBe(204);
  return { sandbox, receiver };
}

const stats = async (sandbox: TestSandbox) =>
  (await (await sandbox.app.request('/_sandbox/notifications')).json()) as Record<string, unknown>;

describe('push notifications', () => {
  it('rejects a delivery body it cannot use with 400 and a hint', async () => {
    const sandbox = await testSandbox();
    for (const body of [{}, { mode: 'push' }, { mode: 'push', url: 'ftp://x' }, { mode: 'poll' }]) {
      const response = await sandbox.app.request(
        '/_sandbox/notifications/delivery',
        post(body, 'PUT'),
      );
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain('mode');
    }
  });

  it('POSTs each event once, as JSON, without waiting for the receiver', async () => {
    const { sandbox, receiver } = await pushSandbox();
    const booked = await control(sandbox, '/marketplace/book', { online: true });
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(1);
    const event = checkEvent(JSON.parse(receiver.bodies[0] ?? ''));
    expect(event.name).toBe('slot-booked');
    expect(event.data.visit_booking).toMatchObject({
      id: booked.bookingId,
      videocall_url: expect.stringMatching(/^https:\/\//),
    });
    expect(await stats(sandbox)).toMatchObject({
      mode: 'push',
      delivered: 1,
      attempts: 1,
      queued: 0,
    });
  });

  it('retries a failed push after 5 and then 10 minutes, keeps it failed, and release re-pushes it', async () => {
    const { sandbox, receiver } = await pushSandbox();
    receiver.status = 500;
    await control(sandbox, '/marketplace/book', {});
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(1);
    await later(sandbox, 4);
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(1);
    await later(sandbox, 1);
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(2);
    await later(sandbox, 10);
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(3);
    await later(sandbox, 60);
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(3);
    expect(await stats(sandbox)).toMatchObject({ failed: 1, attempts: 3 });

    receiver.status = 200;
    expect((await sandbox.request(release, { method: 'POST' })).status).toBe(204);
    await sandbox.state.notifications.settled();
    expect(receiver.bodies).toHaveLength(4);
    expect(receiver.bodies[3]).toBe(receiver.bodies[0]);
    expect(await stats(sandbox)).toMatchObject({ failed: 0, delivered: 1 });
  });

  it('allows release once an hour of sandbox time (429 with Retry-After) and never in pull mode', async () => {
    const { sandbox } = await pushSandbox();
    expect((await sandbox.request(release, { method: 'POST' })).status).toBe(204);
    await later(sandbox, 20);
    const again = await sandbox.request(release, { method: 'POST' });
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe(String(40 * 60));
    await later(sandbox, 40);
    expect((await sandbox.request(release, { method: 'POST' })).status).toBe(204);

    const pull = await testSandbox();
    const forbidden = await errorBody(await pull.request(release, { method: 'POST' }), 403);
    expect(forbidden.message).toBe('You are not allowed to use this method');
  });

  it('counts an unreachable receiver as a failure, not a crash', async () => {
    const sandbox = await testSandbox();
    await sandbox.app.request(
      '/_sandbox/notifications/delivery',
      post({ mode: 'push', url: 'http://127.0.0.1:9/nobody' }, 'PUT'),
    );
    await control(sandbox, '/notifications/burst', { count: 2 });
    await sandbox.state.notifications.settled();
    expect(await stats(sandbox)).toMatchObject({ retrying: 2, attempts: 2 });
  });
});
