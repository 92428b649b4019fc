// Issue 21's sign-in edges: no login CSRF (a foreign page's `text/plain` or JSON post is refused,
// and every state-changing route refuses another site), a second sign-in ends the first session,
// and the per-address limit counts the forwarded address only behind a trusted proxy.
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/server/auth/password.ts';
import { buildTestApp } from '../../support/server-app.ts';

async function withUser(options: { trustProxy?: boolean } = {}) {
  const built = buildTestApp(options);
  await built.store.users.add(
    { username: 'ewa', displayName: 'Ewa', role: 'reception', doctorId: null },
    await hashPassword('correct horse'),
  );
  const signIn = (
    body: { username: string; password: string },
    headers: Record<string, string> = {},
  ) =>
    built.app.request('http://agenda.clinic.test/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'agenda.clinic.test', ...headers },
      body: JSON.stringify(body),
    });
  return { ...built, signIn };
}

const good = { username: 'ewa', password: 'correct horse' };

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('sign-in from another site', () => {
  it('refuses a text/plain sign-in from a foreign origin, and sets no cookie', async () => {
    const { app } = await withUser();
    const response = await app.request('http://agenda.clinic.test/api/auth/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        host: 'agenda.clinic.test',
        origin: 'https://evil.example',
      },
      body: JSON.stringify(good),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a text/plain sign-in from the page’s own origin too: only JSON signs in', async () => {
    const { signIn } = await withUser();
    const response = await signIn(good, { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a JSON sign-in that a browser says is cross-site, by Origin or Sec-Fetch-Site', async () => {
    const { signIn } = await withUser();
    expect((await signIn(good, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await signIn(good, { origin: 'null' })).status).toBe(403);
    expect((await signIn(good, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await signIn(good, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('signs in from the page itself (same origin), and from a client that is not a browser', async () => {
    const { signIn } = await withUser();
    const page = await signIn(good, {
      origin: 'http://agenda.clinic.test',
      'sec-fetch-site': 'same-origin',
    });
    expect(page.status).toBe(200);
    expect((await signIn(good)).status).toBe(200);
  });

  it('refuses any state-changing API call from another site, signed in or not', async () => {
    const { request } = await withUser();
    const response = await request('/api/auth/sign-out', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('cross_site');
  });

  it('takes the forwarded host as the page’s own behind a trusted proxy, and only then', async () => {
    const proxied = { host: 'internal:8080', 'x-forwarded-host': 'agenda.clinic.test' };
    const origin = { origin: 'https://agenda.clinic.test' };
    const trusted = await withUser({ trustProxy: true });
    expect((await trusted.signIn(good, { ...proxied, ...origin })).status).toBe(200);
    const untrusted = await withUser();
    expect((await untrusted.signIn(good, { ...proxied, ...origin })).status).toBe(403);
  });
});

describe('signing in over a live session', () => {
  it('ends the old session', async () => {
    const { signIn, app } = await withUser();
    const first = await signIn(good);
    const firstCookie = cookieOf(first);
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const second = await signIn(good, { cookie: firstCookie, 'x-csrf-token': csrfToken });
    expect(second.status).toBe(200);
    const old = await app.request('/api/auth/session', { headers: { cookie: firstCookie } });
    expect(old.status).toBe(401);
    const fresh = await app.request('/api/auth/session', {
      headers: { cookie: cookieOf(second) },
    });
    expect(fresh.status).toBe(200);
  });
});

// Each test hashes 22 passwords on purpose-slow settings: on a busy 2-CPU machine that outlives
// vitest's 5 s default, so they carry their own time limit.
describe('the per-address sign-in limit behind a proxy', () => {
  async function guess(signIn: Awaited<ReturnType<typeof withUser>>['signIn'], from: string) {
    // A different account each time: only the address limit (20) can trip.
    for (let i = 0; i < 21; i++) {
      await signIn({ username: `guess${i}`, password: 'nope' }, { 'x-forwarded-for': from });
    }
  }

  it('counts the address the trusted proxy saw: one guesser does not lock the clinic out', async () => {
    const { signIn } = await withUser({ trustProxy: true });
    // The client may claim any first entry; the proxy appends what it saw.
    await guess(signIn, '10.0.0.1, 203.0.113.7');
    const guesser = await signIn(good, { 'x-forwarded-for': '203.0.113.7' });
    expect(guesser.status).toBe(429);
    const colleague = await signIn(good, { 'x-forwarded-for': '198.51.100.2' });
    expect(colleague.status).toBe(200);
  }, 30_000);

  it('ignores the header without a trusted proxy: it cannot be used to dodge the limit', async () => {
    const { signIn } = await withUser();
    for (let i = 0; i < 21; i++) {
      await signIn(
        { username: `guess${i}`, password: 'nope' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
    }
    const dodge = await signIn(good, { 'x-forwarded-for': '198.51.100.99' });
    expect(dodge.status).toBe(429);
  }, 30_000);
});
