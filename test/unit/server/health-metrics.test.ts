// What the server says about itself: the health report and its checks, readiness during a
// stop, and Prometheus metrics behind a token.
import { describe, expect, it } from 'vitest';
import { createUpstreamStatus } from '../../../src/server/ops/upstream-status.ts';
import { healthSchema } from '../../../src/shared/api/health.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { buildTestApp } from '../../support/server-app.ts';

const token = 'metrics-token-0123456789';

describe('GET /api/health', () => {
  it('reports each check; ready while all is well, with the inbox’s backlog and its age', async () => {
    const { app, store } = buildTestApp();
    const healthy = healthSchema.parse(await (await app.request('/api/health')).json());
    expect(healthy.status).toBe('ready');
    expect(healthy.checks.notifications).toEqual({ pending: 0, lagSeconds: 0, deadLetters: 0 });
    expect(healthy.checks.storage).toEqual({
      writable: true,
      failingSince: null,
      exclusive: false,
    });

    // Two notifications waiting, the oldest received a minute and a half ago.
    const now = Date.now();
    await store.inbox.append(
      'push',
      JSON.stringify(slotBooked({ id: 'h1' })),
      new Date(now - 90_000).toISOString(),
    );
    await store.inbox.append(
      'push',
      JSON.stringify(slotBooked({ id: 'h2' })),
      new Date(now).toISOString(),
    );
    const backlog = healthSchema.parse(await (await app.request('/api/health')).json());
    // Null only while the database cannot be read.
    const notifications = backlog.checks.notifications;
    expect(notifications).not.toBeNull();
    expect(notifications?.pending).toBe(2);
    expect(notifications?.lagSeconds).toBeGreaterThanOrEqual(90);
    expect(notifications?.lagSeconds).toBeLessThan(120);
  });

  it('says stopping, and readiness answers 503, once a shutdown began; liveness stays 200', async () => {
    const { app, ops } = buildTestApp();
    expect((await app.request('/api/health/ready')).status).toBe(200);
    ops.drain.begin();
    expect((await app.request('/api/health/ready')).status).toBe(503);
    expect((await app.request('/api/health/live')).status).toBe(200);
    expect(healthSchema.parse(await (await app.request('/api/health')).json()).status).toBe(
      'stopping',
    );
  });

  it('sends webhooks back with 503 and Retry-After while stopping', async () => {
    const { app, ops, store } = buildTestApp();
    ops.drain.begin();
    const response = await app.request('/webhooks/docplanner/test-secret-0123456789abcdef', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(slotBooked({ id: 's1' })),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await store.inbox.pendingCount()).toBe(0);
  });
});

describe('upstream status', () => {
  it('is degraded after three failures in a row, and well again at the next answer', async () => {
    let answer: () => Promise<Response> = () => Promise.reject(new TypeError('fetch failed'));
    const outcomes: string[] = [];
    const status = createUpstreamStatus({
      now: () => 0,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    const send = status.observedFetch(() => answer());
    for (let i = 0; i < 2; i++) await send('http://x/').catch(() => {});
    expect(status.current().ok).toBe(true);
    await send('http://x/').catch(() => {});
    expect(status.current()).toMatchObject({
      ok: false,
      consecutiveFailures: 3,
      lastFailure: { reason: 'no answer (TypeError)' },
    });
    // A 404 is Docplanner answering: it is up.
    answer = async () => new Response('{}', { status: 404 });
    await send('http://x/');
    expect(status.current()).toMatchObject({ ok: true, consecutiveFailures: 0 });
    expect(outcomes).toEqual(['network_error', 'network_error', 'network_error', 'client_error']);
  });
});

describe('GET /metrics', () => {
  it('serves Prometheus text to a bearer of METRICS_TOKEN: inbox, dead letters, routes by pattern', async () => {
    const { app, store, request } = buildTestApp({ metricsToken: token });
    await store.inbox.deadLetter('push', 'not JSON', '<xml/>', new Date().toISOString());
    await request('/api/visits/12345/history');
    const response = await app.request('/metrics', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^agenda_inbox_pending 0$/m);
    expect(text).toMatch(/^agenda_dead_letters 1$/m);
    expect(text).toMatch(/^agenda_storage_writable 1$/m);
    // The route's pattern, never the id in the path.
    expect(text).toMatch(
      /agenda_http_request_duration_seconds_count\{route="\/api\/visits\/:id\/history",method="GET",status="\d+"\} 1/,
    );
    expect(text).not.toMatch(/12345/);
  });

  it('refuses a wrong or missing token, and without a token anything not from this machine', async () => {
    const withToken = buildTestApp({ metricsToken: token });
    expect((await withToken.app.request('/metrics')).status).toBe(401);
    expect(
      (await withToken.app.request('/metrics', { headers: { authorization: 'Bearer wrong' } }))
        .status,
    ).toBe(401);
    // app.request has no socket: not provably this machine.
    expect((await buildTestApp().app.request('/metrics')).status).toBe(403);
  });
});
