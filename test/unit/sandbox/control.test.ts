import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/sandbox/start.ts';
import { bookingsSchema } from '../../../src/shared/docplanner/booking.ts';
import { currentWeek, onlineAddressPath, successBody, testSandbox } from './sandbox-client.ts';

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('/_sandbox control API', () => {
  it('shows the clock in Warsaw time, and moves it to an instant or by minutes', async () => {
    const { app } = await testSandbox();
    expect(await (await app.request('/_sandbox/clock')).json()).toEqual({
      now: '2026-11-25T10:00:00+01:00',
      time_zone: 'Europe/Warsaw',
      speed: 1,
    });
    const moved = await app.request('/_sandbox/clock', json({ now: '2026-11-26T08:30:00+01:00' }));
    expect(await moved.json()).toMatchObject({ now: '2026-11-26T08:30:00+01:00' });
    const advanced = await app.request('/_sandbox/clock', json({ advanceMinutes: 90 }));
    expect(await advanced.json()).toMatchObject({ now: '2026-11-26T10:00:00+01:00' });
  });

  it('rejects a clock change it cannot read with 400', async () => {
    const { app } = await testSandbox();
    expect((await app.request('/_sandbox/clock', json({ now: 'tomorrow' }))).status).toBe(400);
    expect((await app.request('/_sandbox/clock', json({}))).status).toBe(400);
    const notJson = await app.request('/_sandbox/clock', { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('reset rebuilds the week around a new moment and seed, and keeps tokens valid', async () => {
    const sandbox = await testSandbox();
    const week = `${onlineAddressPath}/bookings?start=${currentWeek.start}&end=${currentWeek.end}`;
    const before = bookingsSchema.parse(await successBody(await sandbox.get(week)))._items;
    const reset = await sandbox.app.request(
      '/_sandbox/reset',
      json({ now: '2027-02-03T09:00:00+01:00' }),
    );
    expect(reset.status).toBe(200);
    expect(await reset.json()).toMatchObject({ now: '2027-02-03T09:00:00+01:00', seed: 1 });
    const afterMove = bookingsSchema.parse(await successBody(await sandbox.get(week)))._items;
    expect(afterMove).toEqual([]);
    await sandbox.app.request('/_sandbox/reset', { method: 'POST' });
    const restored = bookingsSchema.parse(await successBody(await sandbox.get(week)))._items;
    expect(restored).toEqual(before);
  });
});

describe('the control API refuses other sites (issue 21)', () => {
  it('refuses a cross-origin text/plain emit, and a JSON one from another origin', async () => {
    const sandbox = await startSandbox({
      seed: 1,
      now: () => new Date('2026-11-25T10:00:00+01:00'),
    });
    try {
      const emit = (headers: Record<string, string>) =>
        fetch(`${sandbox.url}/_sandbox/notifications/emit`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: 'slot-booked' }),
        });
      const plain = await emit({ 'content-type': 'text/plain', origin: 'https://evil.example' });
      expect(plain.status).toBe(403);
      const crossJson = await emit({
        'content-type': 'application/json',
        origin: 'https://evil.example',
      });
      expect(crossJson.status).toBe(403);
      const sameOriginPlain = await emit({ 'content-type': 'text/plain' });
      expect(sameOriginPlain.status).toBe(415);
      const stats = (await (await fetch(`${sandbox.url}/_sandbox/notifications`)).json()) as {
        emitted: number;
      };
      expect(stats.emitted).toBe(0);
    } finally {
      await sandbox.close();
    }
  });

  it('shows the push URL with its secret masked', async () => {
    const sandbox = await startSandbox({
      seed: 1,
      now: () => new Date('2026-11-25T10:00:00+01:00'),
    });
    try {
      const secret = 'a-secret-segment-0123456789';
      const put = await fetch(`${sandbox.url}/_sandbox/notifications/delivery`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          mode: 'push',
          url: `http://127.0.0.1:9/webhooks/docplanner/${secret}`,
        }),
      });
      expect(put.status).toBeLessThan(300);
      const text = await (await fetch(`${sandbox.url}/_sandbox/notifications`)).text();
      expect(text).not.toContain(secret);
      expect(JSON.parse(text).url).toBe(
        `http://127.0.0.1:9/webhooks/docplanner/…(${secret.length} characters)`,
      );
    } finally {
      await sandbox.close();
    }
  });
});
