// The composition root on its own: built from the configuration's defaults it answers as main.ts
// serves, the parts a caller gives are the ones used, and its life (prepare, start, stop) keeps
// the order a graceful stop needs.
import { describe, expect, it, vi } from 'vitest';
import { buildServer, type ServerOverrides } from '../../../src/server/build-server.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { settingDefaults } from '../../../src/server/settings-defaults.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { notification } from '../../fixtures/docplanner/notifications.ts';
import { captureLogs } from '../../support/log-capture.ts';
import { manualClock, testDirectory } from '../../support/server-app.ts';

const capture = () => captureLogs('info');

/** A Docplanner whose queue is always empty; anything else it is asked fails. */
const emptyQueue = new Proxy({} as DocplannerApi, {
  get: (_target, method) =>
    method === 'pullNotifications'
      ? async () => ({ remaining: 0, raw: [] })
      : () => Promise.reject(new Error(`not in this test: ${String(method)}`)),
});

function upstream(dataSource: 'sandbox' | 'docplanner', close = async () => {}) {
  return {
    dataSource,
    origin: 'http://docplanner.invalid',
    clientId: 'c',
    clientSecret: 's',
    close,
  };
}

function build(env: Record<string, string> = {}, overrides: Partial<ServerOverrides> = {}) {
  const { logger, text } = capture();
  const server = buildServer(loadConfig({ DATA_DIR: ':memory:', ...env }), {
    upstream: upstream('docplanner'),
    logger,
    api: emptyQueue,
    clock: manualClock(Date.parse('2026-11-23T09:00:00+01:00')),
    distDir: null,
    processMetrics: false,
    ...overrides,
  });
  return { server, text };
}

/** GET as a signed-in admin. */
async function get(server: ReturnType<typeof build>['server'], path: string) {
  const { store } = server.services;
  const user = await store.users.add(
    { username: `admin-${Math.random()}`, displayName: 'Admin', role: 'admin', doctorId: null },
    'not-a-real-hash',
  );
  const session = await store.sessions.open(user.id, Date.now());
  return server.app.request(path, { headers: { cookie: `oa_session=${session.token}` } });
}

describe('buildServer', () => {
  it('answers /api/health and tells the settings’ defaults, in pull mode by default', async () => {
    const { server } = build();
    const health = await server.app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', dataSource: 'docplanner' });
    const settings = await (await get(server, '/api/settings')).json();
    expect(settings).toMatchObject({
      joinWindow: settingDefaults.joinWindow,
      paymentWindow: settingDefaults.paymentWindow,
      reminderLeadMinutes: [...settingDefaults.reminderLeadMinutes],
      snoozeMinutes: settingDefaults.snoozeMinutes,
      timeZone: 'Europe/Warsaw',
      clock: { now: '2026-11-23T08:00:00.000Z' },
    });
    expect(server.services.puller).toBeDefined();
    expect(server.services.releaser).toBeUndefined();
    // No webhook without push mode.
    expect((await server.app.request('/webhooks/docplanner/x', { method: 'POST' })).status).toBe(
      404,
    );
  });

  it('takes a webhook in push mode, and serves no page when told the API only', async () => {
    const secret = 'build-server-secret-0123';
    const { server } = build({ NOTIFICATIONS_MODE: 'push', WEBHOOK_SECRET: secret });
    expect(server.services.puller).toBeUndefined();
    expect(server.services.releaser).toBeDefined();
    const body = JSON.stringify(notification('slot-booking', {}));
    const pushed = await server.app.request(`/webhooks/docplanner/${secret}`, {
      method: 'POST',
      body,
    });
    expect(pushed.status).toBe(200);
    expect((await server.app.request('/')).status).toBe(404);
  });

  it('uses the parts it is given: clock, Docplanner, the clinic, the version', async () => {
    const clock = manualClock(Date.parse('2026-12-01T12:00:00Z'));
    const directory = { get: vi.fn(async () => testDirectory), invalidate: vi.fn() };
    const { server } = build({}, { clock, directory, version: 'given' });
    expect(server.services.clock).toBe(clock);
    expect(server.services.api).toBe(emptyQueue);
    expect(server.services.directory).toBe(directory);
    expect(await (await server.app.request('/api/health')).json()).toMatchObject({
      version: 'given',
    });
    const settings = await (await get(server, '/api/settings')).json();
    expect(settings.clock.now).toBe('2026-12-01T12:00:00.000Z');

    // What the table of kinds says is stale reaches the given clinic and the live streams.
    const topics: string[] = [];
    server.services.hub.subscribe((topic) => topics.push(topic));
    const { store, processor } = server.services;
    for (const name of ['address-service-changed', 'break-moved']) {
      await store.inbox.append('push', JSON.stringify(notification(name, {})), 'now');
    }
    await processor.processPending();
    expect(directory.invalidate).toHaveBeenCalledTimes(1);
    expect(topics).toEqual(['breaks']);
  });

  it('prepares, starts and stops in order: the inbox processed before the socket and store close', async () => {
    const close = vi.fn(async () => {});
    const { server, text } = build({}, { upstream: upstream('docplanner', close) });
    const { store } = server.services;
    await store.inbox.append('pull', JSON.stringify(notification('slot-booking', {})), 'now');
    await server.prepare();
    expect(text()).toContain('no staff accounts yet');
    await vi.waitFor(async () => expect(await store.inbox.pendingCount()).toBe(0));
    await server.start(0);

    await store.inbox.append('pull', JSON.stringify(notification('booking-moving', {})), 'now');
    // Counted as the HTTP server closes (the count is read at once, before the store closes).
    const pendingWhenHttpCloses: Promise<number>[] = [];
    const closeHttp = vi.fn(() => pendingWhenHttpCloses.push(store.inbox.pendingCount()));
    const stopping = server.stop({ reason: 'test', closeHttp });
    // A second signal waits for the same stop.
    expect(server.stop()).toBe(stopping);
    await stopping;
    expect(closeHttp).toHaveBeenCalledTimes(1);
    expect(await Promise.all(pendingWhenHttpCloses)).toEqual([0]);
    expect(close).toHaveBeenCalledTimes(1);
    expect(server.services.ops.drain.draining()).toBe(true);
    await expect(store.inbox.pendingCount()).rejects.toThrow();
    expect(text()).toContain('"signal":"test"');
  });
});
