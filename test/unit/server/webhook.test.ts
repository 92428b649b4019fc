import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/server/store/store.ts';
import { bookingRecord } from '../../fixtures/booking-record.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp, testWebhookSecret } from '../../support/server-app.ts';

const url = `/webhooks/docplanner/${testWebhookSecret}`;

function post(app: ReturnType<typeof buildTestApp>['app'], body: string, path = url) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

/**
 * Notifications kept, pending or already projected, read at one instant: in one transaction, so
 * that the processor cannot move one from the inbox to the bookings between the two reads.
 */
function kept(store: Store): Promise<number> {
  return store.transaction(
    async () => (await store.inbox.pendingCount()) + (await store.bookings.count()),
  );
}

describe('POST /webhooks/docplanner/:secret', () => {
  it('writes the notification to the inbox before answering 200, then projects it', async () => {
    const { app, store, processor } = buildTestApp();
    const response = await post(app, JSON.stringify(slotBooked({ id: 'b1' })));
    expect(response.status).toBe(200);
    expect(await kept(store)).toBeGreaterThan(0);
    await processor.processPending();
    expect((await store.bookings.get('b1'))?.status).toBe('booked');
  });

  it('answers 404 to a wrong secret and keeps nothing', async () => {
    const { app, store } = buildTestApp();
    const response = await post(
      app,
      JSON.stringify(slotBooked({ id: 'b1' })),
      '/webhooks/docplanner/wrong',
    );
    expect(response.status).toBe(404);
    expect(await store.inbox.pendingCount()).toBe(0);
  });

  it('refuses a body that is not JSON with a JSON 400 and dead-letters it', async () => {
    const { app, store } = buildTestApp();
    const response = await post(app, '<xml/>');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_json' } });
    expect(await store.inbox.deadLetters(5)).toEqual([
      expect.objectContaining({ reason: 'not JSON', body: '<xml/>', source: 'push' }),
    ]);
  });

  it('refuses JSON that is not a notification and says what is missing', async () => {
    const { app, store } = buildTestApp();
    const response = await post(app, JSON.stringify({ name: 'slot-booked', data: {} }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_notification');
    expect(body.error.message).toMatch(/created_at/);
    expect(await store.inbox.deadLetters(5)).toHaveLength(1);
  });

  it('survives 1,000 random malformed bodies: a 4xx each, all dead-lettered', async () => {
    const { app, store } = buildTestApp();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      '{',
      '}',
      '"name"',
      ':',
      '[',
      ']',
      'null',
      '1',
      '"created_at"',
      ',',
      '\u0000',
      'é',
    ];
    for (let i = 0; i < 1000; i++) {
      const length = 1 + Math.floor(random() * 12);
      const body = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(
        '',
      );
      const response = await post(app, body);
      expect(response.status, body).toBeGreaterThanOrEqual(400);
      expect(response.status, body).toBeLessThan(500);
    }
    expect(await store.inbox.deadLetters(2000)).toHaveLength(1000);
    expect(await store.inbox.pendingCount()).toBe(0);
  });
});

describe('GET /api/visits/:id/history', () => {
  it('lists what happened to a visit, once per event even when delivered twice', async () => {
    const { app, request, processor } = buildTestApp();
    const booked = JSON.stringify(slotBooked({ id: 'b1' }));
    await post(app, booked);
    await post(app, booked);
    await processor.processPending();
    const response = await request('/api/visits/b1/history');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: { event: string; summary: string }[] };
    expect(body.entries).toEqual([
      expect.objectContaining({
        event: 'slot-booked',
        summary: expect.stringMatching(/^Booked by the patient for Mon 23 Nov, 10:00/),
      }),
    ]);
  });

  it('answers 404 for a visit it does not know and 400 for a malformed id', async () => {
    const { request } = buildTestApp();
    expect((await request('/api/visits/nope/history')).status).toBe(404);
    expect((await request('/api/visits/a%20b/history')).status).toBe(400);
  });
});

describe('history of a visit known only from a read of Docplanner', () => {
  it('starts with when it was booked', async () => {
    const { request, store } = buildTestApp();
    await store.bookings.put(
      bookingRecord({
        id: 'seen',
        facilityId: '139878',
        doctorId: '100101',
        addressId: '200101',
        startAt: '2026-11-23T10:00:00+01:00',
        endAt: '2026-11-23T10:30:00+01:00',
        details: {
          patient: { name: 'A', surname: 'B', phone: null, email: null },
          bookedAt: '2026-11-20T08:00:00+01:00',
        },
        updatedAtMs: 1,
      }),
    );
    const body = (await (await request('/api/visits/seen/history')).json()) as {
      entries: unknown[];
    };
    expect(body.entries).toEqual([
      {
        event: 'booked',
        occurredAt: '2026-11-20T08:00:00+01:00',
        summary: 'Booked',
        facts: { kind: 'booked', start: '2026-11-23T10:00:00+01:00' },
      },
    ]);
  });
});
