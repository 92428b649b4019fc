import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/server/auth/password.ts';
import { buildTestApp } from '../../support/server-app.ts';

async function withUser(role: 'doctor' | 'reception' | 'admin' = 'reception', disabled = false) {
  const built = buildTestApp();
  const user = await built.store.users.add(
    { username: 'ewa', displayName: 'Ewa', role, doctorId: role === 'doctor' ? '100101' : null },
    await hashPassword('correct horse'),
  );
  if (disabled) await built.store.users.setDisabled(user.id, true);
  const signIn = (password: string, username = 'ewa') =>
    built.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  return { ...built, signIn };
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('sign-in', () => {
  it('opens a server-side session in an httpOnly SameSite cookie and returns a CSRF token', async () => {
    const { signIn, app } = await withUser();
    const response = await signIn('correct horse');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: unknown; csrfToken: string };
    expect(body.user).toEqual({
      username: 'ewa',
      displayName: 'Ewa',
      role: 'reception',
      doctorId: null,
      locale: null,
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^oa_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const session = await app.request('/api/auth/session', {
      headers: { cookie: cookieOf(response) },
    });
    expect(await session.json()).toMatchObject({ csrfToken: body.csrfToken });
  });

  it('marks the cookie Secure under HTTPS (behind a proxy too)', async () => {
    const { app } = await withUser();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'ewa', password: 'correct horse' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password or an unknown user with the same message', async () => {
    const { signIn } = await withUser();
    for (const response of [await signIn('wrong'), await signIn('correct horse', 'nobody')]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'wrong_credentials', message: 'Wrong user name or password.' },
      });
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a disabled account', async () => {
    const { signIn } = await withUser('reception', true);
    expect((await signIn('correct horse')).status).toBe(401);
  });

  it('slows down guessing: after 5 failures the account must wait, with a clear message', async () => {
    const { signIn } = await withUser();
    for (let i = 0; i < 5; i++) expect((await signIn(`guess ${i}`)).status).toBe(401);
    const blocked = await signIn('correct horse');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toMatch(
      /Too many failed sign-ins\. Try again in \d+ minutes?/,
    );
  });

  it('says what is missing from a bad sign-in body', async () => {
    const { app } = await withUser();
    const response = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: '' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /Enter your user name/,
    );
  });

  it('signs out: the session no longer works', async () => {
    const { signIn, app } = await withUser();
    const signedIn = await signIn('correct horse');
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const cookie = cookieOf(signedIn);
    const out = await app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await app.request('/api/settings', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { signIn, app } = await withUser();
    const cookie = cookieOf(await signIn('correct horse'));
    const response = await app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'csrf' } });
  });

  it('ends an idle session', async () => {
    const built = buildTestApp();
    const user = await built.store.users.add(
      { username: 'idle', displayName: 'Idle', role: 'admin', doctorId: null },
      'x',
    );
    const { token } = await built.store.sessions.open(user.id, Date.now() - 31 * 60_000);
    const response = await built.app.request('/api/settings', {
      headers: { cookie: `oa_session=${token}` },
    });
    expect(response.status).toBe(401);
    expect(await built.store.sessions.find(token)).toBeUndefined();
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and the usual headers', async () => {
    const { app } = buildTestApp();
    const response = await app.request('/api/health');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
