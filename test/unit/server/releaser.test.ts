import { HTTPError } from 'ky';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReleaser } from '../../../src/server/ingest/releaser.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';

afterEach(() => vi.useRealTimers());

function tooSoon(retryAfterSeconds: number): HTTPError {
  const request = new Request('http://docplanner.test/api/v3/integration/notifications/release', {
    method: 'POST',
  });
  const response = new Response('{"message":"Too many requests"}', {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
  return new HTTPError(response, request, {} as never);
}

describe('releaser', () => {
  it('asks again as soon as Docplanner allows after a 429, not an hour later', async () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const api = {
      releaseNotifications: vi.fn(async () => {
        calls.push(Date.now());
        if (calls.length === 1) throw tooSoon(120);
      }),
    } as unknown as DocplannerApi;
    const releaser = createReleaser({ api, logger: pino({ level: 'silent' }) });
    releaser.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(2);
    releaser.stop();
  });
});
