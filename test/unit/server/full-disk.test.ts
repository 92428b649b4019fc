// The server on a disk with no room left: what needs a write is refused with 503, Retry-After
// and words a receptionist can pass on; what is kept is still served; once space is back,
// everything goes on by itself and nothing acknowledged was lost.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/server/auth/password.ts';
import { storageRetryAfterSeconds } from '../../../src/server/routes/webhook.ts';
import { slotBooked } from '../../fixtures/notifications.ts';
import { fillDisk, freeDisk } from '../../support/full-disk.ts';
import { buildTestApp, testWebhookSecret } from '../../support/server-app.ts';

const webhookUrl = `/webhooks/docplanner/${testWebhookSecret}`;

/** Larger than a page, so it needs new space whatever room is left in the inbox's pages. */
function largeNotification(id: string) {
  return JSON.stringify({ ...slotBooked({ id }), padding: 'x'.repeat(10_000) });
}

async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let tries = 0; tries < 200; tries++) {
    if (await condition()) return;
    await new Promise((wake) => setTimeout(wake, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function push(app: ReturnType<typeof buildTestApp>['app'], body: string) {
  return app.request(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

describe('on a full disk', () => {
  it('sends webhooks back with 503 and Retry-After, and takes them again once space is back', async () => {
    const { app, store, ops } = buildTestApp();
    await fillDisk(store.db);

    const refused = await push(app, largeNotification('b1'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe(String(storageRetryAfterSeconds));
    expect(await refused.json()).toMatchObject({
      error: { code: 'unavailable', message: expect.stringMatching(/disk is full/) },
    });
    // A body we cannot read cannot be dead-lettered either: sent back too, not lost.
    expect((await push(app, `<xml>${'x'.repeat(10_000)}</xml>`)).status).toBe(503);
    expect(ops.storage.current().writable).toBe(false);

    const health = await (await app.request('/api/health')).json();
    expect(health).toMatchObject({ status: 'degraded', checks: { storage: { writable: false } } });

    freeDisk(store.db);
    await until(() => ops.storage.current().writable, 'the probe to see space again');
    const accepted = await push(app, largeNotification('b1'));
    expect(accepted.status).toBe(200);
    await until(
      async () => (await store.bookings.get('b1')) != null,
      'the booking to be projected',
    );
    expect((await (await app.request('/api/health')).json()).status).toBe('ready');
  });

  it('refuses a sign-in with words that say why and what to do', async () => {
    const { app, store } = buildTestApp();
    const user = await store.users.add(
      { username: 'ewa', displayName: 'Ewa', role: 'reception', doctorId: null },
      await hashPassword('correct horse'),
    );
    await fillDisk(store.db, [() => store.sessions.open(user.id, Date.now())]);
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ewa', password: 'correct horse' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(storageRetryAfterSeconds));
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('storage_full');
    expect(body.error.message).toMatch(/^Signing in needs to save your session/);
    expect(body.error.message).toMatch(/free space on the server/);
  });

  it('keeps staff who are signed in reading the agenda (the session’s sliding expiry is skipped)', async () => {
    const { app, store } = buildTestApp();
    const user = await store.users.add(
      { username: 'ewa', displayName: 'Ewa', role: 'reception', doctorId: null },
      'not-a-real-hash',
    );
    // Last seen five minutes ago: this request would slide the expiry, a write.
    const session = await store.sessions.open(user.id, Date.now() - 5 * 60_000);
    await fillDisk(store.db, [() => store.sessions.open(user.id, Date.now())]);
    const response = await app.request('/api/auth/session', {
      headers: { cookie: `oa_session=${session.token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { username: 'ewa' } });
  });

  it('leaves what was received pending, and processes it once space is back', async () => {
    const { store, ops, processor } = buildTestApp();
    await store.inbox.append(
      'push',
      JSON.stringify(slotBooked({ id: 'b2' })),
      new Date().toISOString(),
    );
    // Full before the processor ran (even the change log's last page): its batch is refused
    // and rolled back.
    await fillDisk(store.db, [() => store.changes.record('filler', new Date().toISOString())]);
    processor.schedule();
    await until(() => !ops.storage.current().writable, 'the failed batch to be reported');
    expect(await store.inbox.pendingCount()).toBe(1);
    expect(await store.bookings.get('b2')).toBeUndefined();
    freeDisk(store.db);
    await until(
      async () => (await store.bookings.get('b2')) != null,
      'the booking to be projected',
    );
    expect(await store.inbox.pendingCount()).toBe(0);
  });
});
