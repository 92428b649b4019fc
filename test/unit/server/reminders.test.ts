import { describe, expect, it } from 'vitest';
import { bookingCanceled, bookingMoved, slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

const minute = 60_000;
const start = '2026-11-23T10:00:00+01:00';
const startMs = Date.parse(start);
const video = {
  videocall_url: 'https://v.example/r/1',
  start_at: start,
  end_at: '2026-11-23T10:30:00+01:00',
};

function setup(atMinutesBeforeStart: number) {
  const clock = manualClock(startMs - atMinutesBeforeStart * minute);
  const built = buildTestApp({ clock });
  const ingest = async (...bodies: unknown[]) => {
    for (const body of bodies) await built.store.inbox.append('push', JSON.stringify(body), 'now');
    await built.processor.processPending();
  };
  const ids = async () => {
    await built.reminders.refresh();
    return built.reminders.current().map((reminder) => reminder.id);
  };
  return { ...built, clock, ingest, ids };
}

describe('reminders', () => {
  it('falls due at 10 and then 2 minutes before a video visit, not before', async () => {
    const { ingest, ids, clock } = setup(11);
    await ingest(slotBooked({ id: 'b1', ...video }));
    expect(await ids()).toEqual([]);
    clock.set(startMs - 10 * minute);
    expect(await ids()).toEqual(['b1:10']);
    clock.set(startMs - 2 * minute);
    expect(await ids()).toEqual(['b1:2']);
    clock.set(startMs);
    expect(await ids()).toEqual([]);
  });

  it('is not made for a visit without a video link', async () => {
    const { ingest, ids } = setup(5);
    await ingest(slotBooked({ id: 'b1', start_at: start, end_at: video.end_at }));
    expect(await ids()).toEqual([]);
  });

  it('stays dismissed across requests (another tab, a reload)', async () => {
    const { request, ingest, ids } = setup(9);
    await ingest(slotBooked({ id: 'b1', ...video }));
    expect(await ids()).toEqual(['b1:10']);
    const response = await request('/api/reminders/b1:10/dismiss', { method: 'POST' }, 'doctor');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reminders: [] });
    expect(await ids()).toEqual([]);
    const list = await request('/api/reminders', {}, 'doctor');
    expect(await list.json()).toEqual({ reminders: [] });
  });

  it('comes back after a snooze of 5 minutes', async () => {
    const { request, ingest, ids, clock } = setup(10);
    await ingest(slotBooked({ id: 'b1', ...video, start_at: '2026-11-23T10:00:00+01:00' }));
    await ids();
    await request('/api/reminders/b1:10/snooze', { method: 'POST' }, 'doctor');
    clock.set(startMs - 6 * minute);
    expect(await ids()).toEqual([]);
    clock.set(startMs - 5 * minute);
    expect(await ids()).toEqual(['b1:10']);
  });

  it('is withdrawn when the visit is cancelled, and follows a moved visit', async () => {
    const { ingest, ids } = setup(9);
    await ingest(slotBooked({ id: 'b1', ...video }));
    expect(await ids()).toEqual(['b1:10']);
    await ingest(
      bookingMoved(
        { id: 'b1', ...video },
        { id: 'b2', start_at: '2026-11-23T09:55:00+01:00', end_at: '2026-11-23T10:25:00+01:00' },
      ),
    );
    expect(await ids()).toEqual(['b2:10']);
    await ingest(
      bookingCanceled({
        id: 'b2',
        start_at: '2026-11-23T09:55:00+01:00',
        end_at: '2026-11-23T10:25:00+01:00',
      }),
    );
    expect(await ids()).toEqual([]);
  });

  it('refuses malformed ids and unknown visits', async () => {
    const { request } = setup(9);
    expect(
      (await request('/api/reminders/nonsense/dismiss', { method: 'POST' }, 'doctor')).status,
    ).toBe(400);
    expect(
      (await request('/api/reminders/zzz:10/dismiss', { method: 'POST' }, 'doctor')).status,
    ).toBe(404);
  });

  it('refuses a snooze that is not a sensible number of minutes', async () => {
    const { request, ingest } = setup(9);
    await ingest(slotBooked({ id: 'b1', ...video }));
    const response = await request(
      '/api/reminders/b1:10/snooze',
      { method: 'POST', body: JSON.stringify({ minutes: 'soon' }) },
      'doctor',
    );
    expect(response.status).toBe(400);
  });
});

describe('GET /api/settings', () => {
  it('tells the SPA the join window, the reminder leads, the zone and the server clock', async () => {
    const { request } = setup(30);
    const response = await request('/api/settings');
    expect(await response.json()).toEqual({
      joinWindow: { opensBeforeMinutes: 60, emphasisBeforeMinutes: 10, closesAfterMinutes: 30 },
      reminderLeadMinutes: [10, 2],
      paymentWindow: { windowMinutes: 90, graceMinutes: 5 },
      snoozeMinutes: 5,
      timeZone: 'Europe/Warsaw',
      clock: { now: new Date(startMs - 30 * minute).toISOString(), speed: 1 },
    });
  });
});
