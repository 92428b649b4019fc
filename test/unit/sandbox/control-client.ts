// Control-API helpers for tests: post JSON, let sandbox time pass, drain the pull queue.
import { expect } from 'vitest';
import { pulledNotificationsSchema } from '../../../src/shared/docplanner/notification.ts';
import { checkEvent } from './notification-wire.ts';
import { successBody, type TestSandbox } from './sandbox-client.ts';

export const post = (body: unknown, method = 'POST') => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export async function control(sandbox: TestSandbox, path: string, body: unknown = {}) {
  const response = await sandbox.app.request(`/_sandbox${path}`, post(body));
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** Lets sandbox time pass by jumping the clock (issued tokens travel along and stay valid). */
export async function later(sandbox: TestSandbox, minutes: number) {
  const now = sandbox.state.clock.now().getTime() + minutes * 60_000;
  const wire = new Date(now).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  await control(sandbox, '/clock', { now: wire });
}

export async function drain(sandbox: TestSandbox) {
  const response = await sandbox.get('/api/v3/integration/notifications/multiple?limit=100');
  if (response.status === 404) return [];
  const body = pulledNotificationsSchema.parse(await successBody(response));
  return body.notifications.map(checkEvent);
}
