// Issue 21: a webhook body is read up to the limit and no further. A 10 MB chunked body (no
// Content-Length) is refused with 413 after about one notification's worth of bytes was pulled
// from it, not after the whole of it was held in memory; a declared length over the limit is
// refused before any byte is read.
import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp, testWebhookSecret } from '../../support/server-app.ts';

const url = `http://agenda.test/webhooks/docplanner/${testWebhookSecret}`;
const chunkBytes = 16 * 1024;
const totalBytes = 10 * 1024 * 1024;
/** The route's limit (a notification is a few KiB). */
const limitBytes = 256 * 1024;

/** A body of `totalBytes` made as it is read, counting what was pulled. */
function chunkedBody() {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) {
        controller.close();
        return;
      }
      pulled.bytes += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulled };
}

describe('webhook body limit', () => {
  it('stops reading a chunked 10 MB body at the limit and answers 413', async () => {
    const { app, store } = buildTestApp();
    const { stream, pulled } = chunkedBody();
    const response = await app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'too_large' } });
    expect(pulled.bytes, 'bytes read from the body').toBeLessThanOrEqual(
      limitBytes + 4 * chunkBytes,
    );
    expect(store.inbox.pendingCount()).toBe(0);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const { app } = buildTestApp();
    const { stream, pulled } = chunkedBody();
    const response = await app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(totalBytes) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThanOrEqual(2 * chunkBytes);
  });

  it('takes a notification sent chunked, under the limit', async () => {
    const { app, store } = buildTestApp();
    const bytes = new TextEncoder().encode(JSON.stringify(slotBooked({ id: 'chunked-1' })));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    const response = await app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(store.inbox.pendingCount() + store.bookings.count()).toBeGreaterThan(0);
  });
});
