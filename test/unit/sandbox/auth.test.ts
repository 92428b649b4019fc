import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../../../src/sandbox/app.ts';
import { createClock } from '../../../src/sandbox/clock.ts';
import { createSandboxState } from '../../../src/sandbox/create-state.ts';
import { tokenResponseSchema } from '../../../src/shared/docplanner/token.ts';
import { errorBody, fetchToken, successBody, wednesdayMorning } from './sandbox-client.ts';

function sandboxApp() {
  const state = createSandboxState({ now: () => wednesdayMorning });
  return { state, app: createSandboxApp(state) };
}

const formHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('POST /oauth/v2/token', () => {
  it('issues a 40-hex bearer token for HTTP Basic plus a form body (the spec example)', async () => {
    const { app } = sandboxApp();
    const response = await app.request('/oauth/v2/token', {
      method: 'POST',
      headers: { ...formHeaders, Authorization: `Basic ${btoa('sandbox-client:sandbox-secret')}` },
      body: 'grant_type=client_credentials&scope=integration',
    });
    expect(response.status).toBe(200);
    const token = tokenResponseSchema.parse(await response.json());
    expect(token.access_token).toMatch(/^[0-9a-f]{40}$/);
    expect(token).toMatchObject({ expires_in: 3600, token_type: 'bearer', scope: null });
  });

  it('accepts client_id and client_secret in a form body', async () => {
    const { app } = sandboxApp();
    const response = await app.request('/oauth/v2/token', {
      method: 'POST',
      headers: formHeaders,
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'sandbox-client',
        client_secret: 'sandbox-secret',
      }).toString(),
    });
    expect(response.status).toBe(200);
    tokenResponseSchema.parse(await response.json());
  });

  it('accepts a multipart body, as the PHP SDK sends it', async () => {
    const { app } = sandboxApp();
    const form = new FormData();
    form.set('grant_type', 'client_credentials');
    form.set('scope', 'integration');
    form.set('client_id', 'sandbox-client');
    form.set('client_secret', 'sandbox-secret');
    const response = await app.request('/oauth/v2/token', { method: 'POST', body: form });
    expect(response.status).toBe(200);
    tokenResponseSchema.parse(await response.json());
  });

  it('rejects a wrong secret with 401 invalid_client', async () => {
    const { app } = sandboxApp();
    const response = await app.request('/oauth/v2/token', {
      method: 'POST',
      headers: { ...formHeaders, Authorization: `Basic ${btoa('sandbox-client:guess')}` },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('rejects another grant type and a missing body with 400', async () => {
    const { app } = sandboxApp();
    const password = await app.request('/oauth/v2/token', {
      method: 'POST',
      headers: formHeaders,
      body: 'grant_type=password&client_id=sandbox-client&client_secret=sandbox-secret',
    });
    expect(password.status).toBe(400);
    expect(await password.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const empty = await app.request('/oauth/v2/token', { method: 'POST' });
    expect(empty.status).toBe(400);
  });

  it('rejects a scope other than integration', async () => {
    const { app } = sandboxApp();
    const response = await app.request('/oauth/v2/token', {
      method: 'POST',
      headers: formHeaders,
      body: 'grant_type=client_credentials&scope=admin&client_id=sandbox-client&client_secret=sandbox-secret',
    });
    expect(response.status).toBe(400);
  });
});

describe('the Bearer guard of /api/v3/integration', () => {
  it('answers 401 in the error media type when no token is sent', async () => {
    const { app } = sandboxApp();
    const body = await errorBody(await app.request('/api/v3/integration/facilities'), 401);
    expect(body).toEqual({ errors: [], message: 'Authentication credentials could not be found.' });
  });

  it('answers 401 for a token it never issued', async () => {
    const { app } = sandboxApp();
    const response = await app.request('/api/v3/integration/facilities', {
      headers: { Authorization: `Bearer ${'0'.repeat(40)}` },
    });
    expect((await errorBody(response, 401)).message).toMatch(/invalid/);
  });

  it('lets a valid token through and expires it after an hour on the sandbox clock', async () => {
    const state = createSandboxState({ now: () => wednesdayMorning });
    const app = createSandboxApp(state);
    const token = await fetchToken(app);
    const headers = { Authorization: `Bearer ${token}` };
    await successBody(await app.request('/api/v3/integration/facilities', { headers }));
    state.clock.advanceMinutes(59);
    await successBody(await app.request('/api/v3/integration/facilities', { headers }));
    state.clock.advanceMinutes(2);
    const expired = await errorBody(
      await app.request('/api/v3/integration/facilities', { headers }),
      401,
    );
    expect(expired.message).toMatch(/expired/);
  });
});

describe('the sandbox clock', () => {
  it('keeps running from a moved instant', () => {
    let real = 1_000_000;
    const clock = createClock(() => new Date(real));
    clock.set(new Date(5_000_000));
    real += 60_000;
    expect(clock.now().getTime()).toBe(5_060_000);
    clock.advanceMinutes(1);
    expect(clock.now().getTime()).toBe(5_120_000);
    clock.restore();
    expect(clock.now().getTime()).toBe(real);
  });
});
