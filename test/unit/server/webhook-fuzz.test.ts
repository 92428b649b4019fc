// 10,000 generated webhook bodies (fast-check): garbage, any JSON, and notifications with their
// parts swapped for anything. Whatever comes, the answer is never a 5xx; a 2xx means the body is
// in the inbox, a 4xx that it is kept as a dead letter, exactly as sent; and the server goes on
// taking good notifications. (A failure prints the seed and the smallest body that fails.) About 3% of
// the bodies are accepted, the rest refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp, testWebhookSecret } from '../../support/server-app.ts';

const url = `/webhooks/docplanner/${testWebhookSecret}`;
const good = slotBooked({ id: 'fuzz-good' });
const eventNames = [
  'slot-booked',
  'booking-canceled',
  'booking-cancelled',
  'booking-moved',
  'booking-confirmed',
  'visit-booked',
  'address-service-changed',
  'break-added',
];

/** A notification with any of its parts replaced by anything. */
const mangledNotification = fc
  .record({
    name: fc.oneof(fc.constantFrom(...eventNames), fc.string(), fc.jsonValue()),
    created_at: fc.oneof(
      fc.constant(good.created_at),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.string(),
      fc.jsonValue(),
    ),
    data: fc.oneof(
      fc.constant(good.data),
      fc.jsonValue().map((visit_booking) => ({ ...good.data, visit_booking })),
      fc
        .tuple(fc.jsonValue(), fc.jsonValue())
        .map(([facility, doctor]) => ({ ...good.data, facility, doctor })),
      fc.jsonValue(),
    ),
    extra: fc.option(fc.jsonValue(), { nil: undefined }),
  })
  .map((parts) => JSON.stringify(parts));

const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  mangledNotification,
  mangledNotification.map((text) => text.slice(0, Math.max(1, text.length - 3))),
);

describe('the webhook under 10,000 generated bodies', () => {
  it('never answers 5xx and keeps every body it answers: inbox for 2xx, dead letter for 4xx', async () => {
    const { app, store, processor } = buildTestApp();
    // Read through the store's connection, so that a read waits for a transaction in progress
    // (the processor's) instead of seeing what it has not committed.
    const inboxRows = async () =>
      (await store.sql.get<{ n: number }>('SELECT count(*) AS n FROM inbox'))?.n ?? 0;
    const keptDead = async (afterId: number, text: string) =>
      (
        await store.sql.get<{ n: number }>(
          'SELECT count(*) AS n FROM dead_letters WHERE id > ? AND body = ?',
          [afterId, text],
        )
      )?.n ?? 0;
    const lastDeadId = async () =>
      (await store.sql.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM dead_letters'))
        ?.id ?? 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const inboxBefore = await inboxRows();
        const deadBefore = await lastDeadId();
        const response = await app.request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: text,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        if (response.status < 300) {
          expect(await inboxRows()).toBe(inboxBefore + 1);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.headers.get('content-type')).toMatch(/^application\/json/);
          expect(await keptDead(deadBefore, text)).toBe(1);
        }
      }),
      { numRuns: 10_000 },
    );
    // Both kinds of answer were exercised, and a good notification still goes in.
    expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
    const after = await app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(slotBooked({ id: 'fuzz-after' })),
    });
    expect(after.status).toBe(200);
    // What was accepted is processed (applied, kept, or dead-lettered by the processor) without
    // stopping the worker.
    await processor.processPending();
    expect(await store.inbox.pendingCount()).toBe(0);
    expect((await store.bookings.get('fuzz-after'))?.status).toBe('booked');
  }, 180_000);
});
