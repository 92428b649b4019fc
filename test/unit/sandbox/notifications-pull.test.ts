// Pull mode: every mutation lands on the queue as the real callback, FIFO, pulled = removed,
// 72 h expiry, the spec's 400/404 bodies.
import { describe, expect, it } from 'vitest';
import { pulledNotificationsSchema } from '../../../src/shared/docplanner/notification.ts';
import { control, drain, later } from './control-client.ts';
import { checkEvent } from './notification-wire.ts';
import { errorBody, successBody, testSandbox } from './sandbox-client.ts';

const pullOne = '/api/v3/integration/notifications';
const pullMany = (limit?: number | string) =>
  `/api/v3/integration/notifications/multiple${limit === undefined ? '' : `?limit=${limit}`}`;

describe('pull notifications', () => {
  it('answers 404 "No notifications found" on an empty queue, one and many', async () => {
    const sandbox = await testSandbox();
    expect((await errorBody(await sandbox.get(pullOne), 404)).message).toBe(
      'No notifications found',
    );
    expect((await errorBody(await sandbox.get(pullMany(5)), 404)).message).toBe(
      'No notifications found',
    );
  });

  it('is FIFO, removes what it hands out, and counts what remains', async () => {
    const sandbox = await testSandbox();
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      ids.push(String((await control(sandbox, '/marketplace/book', { online: false })).bookingId));
    }
    const first = checkEvent(await successBody(await sandbox.get(pullOne)));
    expect(first.name).toBe('slot-booked');
    expect((first.data.visit_booking as { id: string }).id).toBe(ids[0]);
    const batch = pulledNotificationsSchema.parse(
      await successBody(await sandbox.get(pullMany(2))),
    );
    expect(batch.remaining).toBe(2);
    expect(batch.notifications.map((n) => (n.data.visit_booking as { id: string }).id)).toEqual(
      ids.slice(1, 3),
    );
    const rest = pulledNotificationsSchema.parse(
      await successBody(await sandbox.get(pullMany(100))),
    );
    expect(rest.remaining).toBe(0);
    expect(rest.notifications).toHaveLength(2);
    expect((await sandbox.get(pullOne)).status).toBe(404);
  });

  it('defaults to one and rejects a limit outside 1..100 with 400', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/notifications/burst', { count: 3 });
    const one = pulledNotificationsSchema.parse(await successBody(await sandbox.get(pullMany())));
    expect(one).toMatchObject({ remaining: 2 });
    expect(one.notifications).toHaveLength(1);
    for (const bad of [0, 101, 'abc', '1.5', -1]) {
      const body = await errorBody(await sandbox.get(pullMany(bad)), 400);
      expect(body.message).toBe('Invalid arguments');
    }
  });

  it('expires events not pulled within 72 hours of sandbox time', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/notifications/burst', { count: 2 });
    await later(sandbox, 71 * 60);
    await control(sandbox, '/notifications/burst', { count: 1 });
    await later(sandbox, 61);
    const left = await drain(sandbox);
    expect(left).toHaveLength(1);
    const stats = await (await sandbox.app.request('/_sandbox/notifications')).json();
    expect(stats).toMatchObject({ expired: 2, queued: 0 });
  });

  it('needs a token like every other API call', async () => {
    const sandbox = await testSandbox();
    expect((await sandbox.app.request(pullOne)).status).toBe(401);
  });
});
