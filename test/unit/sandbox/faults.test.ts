// Fault injection: failures on /api/v3 and /oauth only, hostile content, the seed's wire
// variants (still readable by the BFF's tolerant schemas), and push faults.
import { afterEach, describe, expect, it } from 'vitest';
import {
  bookingEventDataSchema,
  normaliseNotificationName,
  notificationSchema,
} from '../../../src/shared/docplanner/notification.ts';
import { control, later, post } from './control-client.ts';
import { type Receiver, startReceiver } from './push-receiver.ts';
import { type TestSandbox, testSandbox } from './sandbox-client.ts';

const pullAll = '/api/v3/integration/notifications/multiple?limit=100';
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function pulledRaw(sandbox: TestSandbox) {
  const body = (await (await sandbox.get(pullAll)).json()) as { notifications: unknown[] };
  return body.notifications.map((event) => notificationSchema.parse(event));
}

async function pushTo(sandbox: TestSandbox) {
  receiver = await startReceiver();
  await sandbox.app.request(
    '/_sandbox/notifications/delivery',
    post({ mode: 'push', url: receiver.url }, 'PUT'),
  );
  return receiver;
}

describe('faults', () => {
  it('answers 5xx and 429 (with Retry-After) on the API and OAuth, never on /_sandbox', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/faults', { errorRate: 1 });
    const api = await sandbox.get('/api/v3/integration/facilities');
    expect([500, 503]).toContain(api.status);
    expect(await api.json()).toHaveProperty('message');
    const token = await sandbox.app.request('/oauth/v2/token', { method: 'POST' });
    expect([500, 503]).toContain(token.status);
    expect((await sandbox.app.request('/_sandbox/clock')).status).toBe(200);
    await control(sandbox, '/faults', { rateLimitRate: 1 });
    const limited = await sandbox.get('/api/v3/integration/facilities');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await sandbox.app.request('/_sandbox/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await sandbox.get('/api/v3/integration/facilities')).status).toBe(200);
  });

  it('adds latency, and hangs a request until the client gives up', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/faults', { latencyMs: 80 });
    const started = performance.now();
    await sandbox.get('/api/v3/integration/facilities');
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    await control(sandbox, '/faults', { timeoutRate: 1 });
    const hung = sandbox.request('/api/v3/integration/facilities', {
      signal: AbortSignal.timeout(100),
    });
    const outcome = await Promise.race([
      hung.then((response) => response.status),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 60)),
    ]);
    expect(outcome).toBe('still waiting');
    expect(await hung.then((r) => r.status).catch(() => 'aborted')).not.toBe(200);
  });

  it('hostileContent puts script into names and comments and a javascript: video URL', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/faults', { hostileContent: true });
    for (let index = 0; index < 4; index += 1) {
      await control(sandbox, '/marketplace/book', { online: true, prepaid: false });
    }
    const events = await pulledRaw(sandbox);
    const bookings = events.map((event) => bookingEventDataSchema.parse(event.data).visit_booking);
    for (const booking of bookings) {
      expect(booking.patient?.name).toContain('<script>alert(1)</script>');
      expect(booking.comment).toContain('<img src=x onerror=alert(1)>');
    }
    expect(bookings.map((booking) => booking.videocall_url)).toContain('javascript:alert(1)');
  });

  it('seedVariants sends the seed wire, which the BFF reader still understands', async () => {
    const sandbox = await testSandbox();
    await control(sandbox, '/faults', { seedVariants: true });
    const booked = await control(sandbox, '/marketplace/book', { prepaid: true });
    await control(sandbox, `/bookings/${booked.bookingId}/payment`, { status: 'paid' });
    await control(sandbox, `/bookings/${booked.bookingId}/cancel`, {});
    const events = await pulledRaw(sandbox);
    expect(events.map((event) => event.name)).toEqual([
      'slot-booked',
      'booking-payment-status-changed',
      'booking-cancelled',
    ]);
    expect(normaliseNotificationName('booking-cancelled')).toBe('booking-canceled');
    const raw = events[0]?.data.visit_booking as Record<string, unknown>;
    expect(typeof raw.duration).toBe('string');
    expect(raw).not.toHaveProperty('visit_payment');
    expect(raw.address_service).toMatchObject({ visit_payment: true });
    const read = bookingEventDataSchema.parse(events[0]?.data).visit_booking;
    expect(typeof read.duration).toBe('number');
    const single = await sandbox.get(
      `/api/v3/integration/facilities/139878/doctors/${booked.doctorId}/addresses/${booked.addressId}/bookings/${booked.bookingId}`,
    );
    expect(await single.json()).toMatchObject({ visit_payment_status: 'successful' });
  });

  it('push faults: dropped, duplicated, malformed, reordered', async () => {
    const sandbox = await testSandbox();
    const hook = await pushTo(sandbox);
    await control(sandbox, '/faults', { dropPushRate: 1 });
    await control(sandbox, '/notifications/burst', { count: 2 });
    await sandbox.state.notifications.settled();
    expect(hook.bodies).toHaveLength(0);
    expect(await (await sandbox.app.request('/_sandbox/notifications')).json()).toMatchObject({
      dropped: 2,
    });

    await control(sandbox, '/faults', { duplicatePushRate: 1 });
    await control(sandbox, '/notifications/burst', { count: 1 });
    await sandbox.state.notifications.settled();
    expect(hook.bodies).toHaveLength(2);
    expect(hook.bodies[0]).toBe(hook.bodies[1]);

    await control(sandbox, '/faults', { malformedPushRate: 1 });
    await control(sandbox, '/notifications/burst', { count: 1 });
    await sandbox.state.notifications.settled();
    expect(() => JSON.parse(hook.bodies[2] ?? '')).toThrow();

    await control(sandbox, '/faults', { reorderPushes: true });
    const burst = await control(sandbox, '/notifications/burst', { count: 3 });
    await sandbox.state.notifications.settled();
    const ids = hook.bodies
      .slice(3)
      .map((body) => (JSON.parse(body).data.visit_booking as { id: string }).id);
    expect(ids).toEqual([...(burst.bookingIds as string[])].reverse());
  });

  it('emit sends exactly what it is given, malformed bodies included', async () => {
    const sandbox = await testSandbox();
    const hook = await pushTo(sandbox);
    await sandbox.app.request('/_sandbox/notifications/emit', { method: 'POST', body: '{"name":' });
    await sandbox.app.request(
      '/_sandbox/notifications/emit',
      post({ name: 'slot-booked', data: { anything: 1 }, created_at: '2026-11-25T10:00:00+01:00' }),
    );
    await sandbox.state.notifications.settled();
    expect(hook.bodies[0]).toBe('{"name":');
    expect(JSON.parse(hook.bodies[1] ?? '')).toEqual({
      name: 'slot-booked',
      data: { anything: 1 },
      created_at: '2026-11-25T10:00:00+01:00',
    });
  });
});

describe('rate limits', () => {
  it('are off by default, and when on carry X-RateLimit-* and answer 429 when exhausted', async () => {
    const sandbox = await testSandbox();
    expect(
      (await sandbox.get('/api/v3/integration/facilities')).headers.get('X-RateLimit-Limit'),
    ).toBeNull();
    await sandbox.app.request(
      '/_sandbox/rate-limits',
      post({ enabled: true, getPerHour: 2, writesPerMinute: 1 }, 'PUT'),
    );
    const first = await sandbox.get('/api/v3/integration/facilities');
    expect(first.headers.get('X-RateLimit-Limit')).toBe('2');
    expect(first.headers.get('X-RateLimit-Remaining')).toBe('1');
    expect(first.headers.get('X-RateLimit-Used')).toBe('1');
    expect(first.headers.get('X-RateLimit-Reset')).toBe('2026-11-25T11:00:00+01:00');
    await sandbox.get('/api/v3/integration/facilities');
    const limited = await sandbox.get('/api/v3/integration/facilities');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('3600');
    await later(sandbox, 60);
    expect((await sandbox.get('/api/v3/integration/facilities')).status).toBe(200);
  });
});
