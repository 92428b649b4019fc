import { describe, expect, it } from 'vitest';
import { bookingCanceled, slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp } from '../../support/server-app.ts';

interface SseEvent {
  event: string;
  id?: string;
  data: string;
}

/**
 * Reads SSE events from a response until `count` events arrived (not counting the reminder
 * list every stream opens with, unless asked for), then stops reading.
 */
async function readEvents(
  response: Response,
  count: number,
  skip: readonly string[] = ['reminders'],
): Promise<SseEvent[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: SseEvent = { event: 'message', data: '' };
      for (const line of block.split('\n')) {
        const [field, ...rest] = line.split(': ');
        const value = rest.join(': ');
        if (field === 'event') event.event = value;
        if (field === 'id') event.id = value;
        if (field === 'data') event.data += value;
      }
      if (!skip.includes(event.event)) events.push(event);
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

async function ingest(built: ReturnType<typeof buildTestApp>, ...bodies: unknown[]) {
  for (const body of bodies) await built.store.inbox.append('push', JSON.stringify(body), 'now');
  await built.processor.processPending();
}

describe('GET /api/live', () => {
  it('replays the changes after `since`, each with its change number as id', async () => {
    const built = buildTestApp();
    await ingest(built, slotBooked({ id: 'b1' }), slotBooked({ id: 'b2' }));
    const response = await built.request('/api/live?since=0');
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = await readEvents(response, 2);
    expect(events.map((e) => [e.event, e.id, JSON.parse(e.data).visit.id])).toEqual([
      ['visit', '1', 'b1'],
      ['visit', '2', 'b2'],
    ]);
  });

  it('resumes after Last-Event-ID without repeating what was seen', async () => {
    const built = buildTestApp();
    await ingest(
      built,
      slotBooked({ id: 'b1' }),
      slotBooked({ id: 'b2' }),
      bookingCanceled({ id: 'b1' }),
    );
    const response = await built.request('/api/live', { headers: { 'last-event-id': '2' } });
    const [event] = await readEvents(response, 1);
    expect(event?.id).toBe('3');
    expect(JSON.parse(event?.data ?? '{}').visit).toMatchObject({ id: 'b1', status: 'canceled' });
  });

  it('pushes a change that happens while the stream is open', async () => {
    const built = buildTestApp();
    const response = await built.request('/api/live');
    const reading = readEvents(response, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await ingest(built, slotBooked({ id: 'b9' }));
    const [event] = await reading;
    expect(JSON.parse(event?.data ?? '{}').visit.id).toBe('b9');
  });

  it('sends heartbeats on a quiet stream', async () => {
    const built = buildTestApp({ heartbeatMs: 30 });
    const [event] = await readEvents(await built.request('/api/live'), 1);
    expect(event?.event).toBe('heartbeat');
    expect(event?.id).toBeUndefined();
  });

  it('opens with the current reminder list', async () => {
    const built = buildTestApp();
    const [event] = await readEvents(await built.request('/api/live'), 1, []);
    expect(event?.event).toBe('reminders');
    expect(JSON.parse(event?.data ?? '{}')).toEqual({ reminders: [] });
  });

  it('refuses a cursor that is not a number', async () => {
    const built = buildTestApp();
    const response = await built.request('/api/live?since=abc');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_cursor' } });
  });
});
