// Several instances on one PostgreSQL database (issue 18), A and B from cluster.ts: they can
// start at the same moment, and a session opened on one works on the other.
// Without PostgreSQL on 127.0.0.1:5432 (TEST_POSTGRES_URL) the file is skipped with one line.
import { describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../support/postgres.ts';
import { signInApi } from '../../support/staff-session.ts';
import { clustersForEachTest } from './cluster.ts';

const startCluster = clustersForEachTest();
const skipped = !(await postgresAvailable());

describe.skipIf(skipped)(
  'two instances on one PostgreSQL database: sharing sessions and the start',
  () => {
    it('shares sessions: signed in on A, accepted on B; signed out on B, refused on A', async () => {
      const { a, b } = await startCluster({ mode: 'pull' });
      const session = await signInApi(a.url);
      const cookieOnly = { cookie: session.cookie };

      const onB = await fetch(`${b.url}/api/auth/session`, { headers: cookieOnly });
      expect(onB.status, 'A’s session cookie read on B').toBe(200);
      const view = (await onB.json()) as { user: { username: string }; csrfToken: string };
      expect(view.user.username).toBe('reception');
      expect(view.csrfToken, 'the same session, so the same CSRF token').toBe(session.csrfToken);

      // A write on B: refused without the session's CSRF token, taken with it, and seen on A.
      const putLocale = (headers: Record<string, string>) =>
        fetch(`${b.url}/api/auth/locale`, {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ locale: 'pl' }),
        });
      expect((await putLocale(cookieOnly)).status, 'no CSRF token').toBe(403);
      expect((await putLocale(session.headers)).status, 'with A’s CSRF token').toBe(200);
      const onA = await fetch(`${a.url}/api/auth/session`, { headers: cookieOnly });
      expect(onA.status).toBe(200);
      expect(((await onA.json()) as { user: { locale: string } }).user.locale).toBe('pl');

      const signOut = await fetch(`${b.url}/api/auth/sign-out`, {
        method: 'POST',
        headers: session.headers,
      });
      expect(signOut.status, 'signed out on B').toBe(204);
      const afterOnA = await fetch(`${a.url}/api/auth/session`, { headers: cookieOnly });
      expect(afterOnA.status, 'A refuses the session B closed').toBe(401);
      const writeOnA = await fetch(`${a.url}/api/auth/locale`, {
        method: 'PUT',
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'en' }),
      });
      expect(writeOnA.status, 'nor does A take a write with it').toBe(401);
    });

    it('starts two instances at the same moment on an empty database', async () => {
      // Both migrate under the migration lock and both make sure the sandbox's demo accounts
      // exist: the accounts are made once and each instance comes up and signs in. (Checking for an
      // account, then inserting it, is a race here: the slower instance's insert hits the unique
      // username and its start fails.)
      const { a, b, count } = await startCluster({ mode: 'pull', together: true });
      expect(await count('SELECT count(*) AS n FROM users')).toBe(3);
      for (const instance of [a, b]) {
        const session = await signInApi(instance.url);
        expect(session.csrfToken, `signed in on ${instance.name}`).not.toBe('');
      }
    });
  },
);
