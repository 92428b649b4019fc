import { describe, expect, it } from 'vitest';
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
