// Sign-in, sign-out and "who am I". Passwords are checked against scrypt hashes; failed attempts
// are limited per account and per address; the session lives on the server and the browser
// only holds its random token in an httpOnly, SameSite cookie (Secure under HTTPS).

import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { localeChoiceSchema, signInRequestSchema } from '../../shared/api/auth.ts';
import { locales } from '../../shared/i18n/locales.ts';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { type AuthVariables, sessionCookie } from '../auth/session-middleware.ts';
import { sessionViewOf } from '../auth/session-view.ts';
import type { SignInLimiter } from '../auth/sign-in-limiter.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';
import { clientAddress } from './client-address.ts';
import { readBody } from './request-body.ts';

export interface AuthRouteOptions {
  store: Store;
  limiter: SignInLimiter;
  logger: Logger;
  idleMs: number;
  /** Cookies get `Secure` when the agenda is served over HTTPS (directly or behind a proxy). */
  secureCookies: 'auto' | boolean;
  /** Behind a reverse proxy we trust, the sign-in limit counts the forwarded address. */
  trustProxy?: boolean;
  now?: () => number;
}

export function authRoutes(options: AuthRouteOptions) {
  const now = options.now ?? Date.now;
  return (
    new Hono<{ Variables: AuthVariables }>()
      .get('/session', (c) => {
        const user = c.get('user');
        const csrfToken = c.get('csrfToken');
        if (!user || !csrfToken) return apiError(c, 401, 'signed_out', 'Sign in to continue.');
        c.header('cache-control', 'no-store');
        return c.json(sessionViewOf(user, csrfToken));
      })
      .post('/sign-in', async (c) => {
        // Only the page's own fetch: a form or `text/plain` post from elsewhere is not a sign-in.
        const contentType = c.req.header('content-type') ?? '';
        if (!/^application\/json\s*(;|$)/i.test(contentType)) {
          return apiError(c, 415, 'unsupported_media_type', 'Sign in from the agenda’s page.');
        }
        let json: unknown;
        try {
          json = await c.req.json();
        } catch {
          return apiError(c, 400, 'invalid_json', 'The body is not JSON.');
        }
        const body = signInRequestSchema.safeParse(json);
        if (!body.success) {
          return apiError(
            c,
            400,
            'invalid_body',
            body.error.issues.map((i) => i.message).join('; '),
          );
        }
        const { username, password } = body.data;
        const address = clientAddress(c, options.trustProxy ?? false) ?? 'unknown';
        const waitMs = options.limiter.retryAfterMs(username, address);
        if (waitMs > 0) {
          const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
          c.header('retry-after', String(Math.ceil(waitMs / 1000)));
          return apiError(
            c,
            429,
            'too_many_attempts',
            `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to reset your password.`,
          );
        }
        const found = await options.store.users.withHash(username);
        // Always pay for one hash, so that a wrong user name takes as long as a wrong password.
        const valid = await verifyPassword(password, found?.passwordHash ?? decoyHash);
        if (!found || !valid || found.user.disabled) {
          options.limiter.recordFailure(username, address);
          options.logger.info({ address }, 'sign-in refused');
          return apiError(c, 401, 'wrong_credentials', 'Wrong user name or password.');
        }
        options.limiter.recordSuccess(username);
        // Signing in over a live session ends it: one browser, one session.
        const previous = c.get('sessionToken');
        if (previous) await options.store.sessions.close(previous);
        const { token, csrfToken } = await options.store.sessions.open(found.user.id, now());
        const secure =
          options.secureCookies === 'auto'
            ? new URL(c.req.url).protocol === 'https:' ||
              c.req.header('x-forwarded-proto') === 'https'
            : options.secureCookies;
        setCookie(c, sessionCookie, token, {
          httpOnly: true,
          sameSite: 'Lax',
          secure,
          path: '/',
          maxAge: Math.floor(options.idleMs / 1000),
        });
        options.logger.info({ userId: found.user.id, role: found.user.role }, 'signed in');
        return c.json(sessionViewOf(found.user, csrfToken));
      })
      // The user's language, remembered on the server so that every device opens in it.
      .put('/locale', async (c) => {
        const user = c.get('user');
        const csrfToken = c.get('csrfToken');
        if (!user || !csrfToken) return apiError(c, 401, 'signed_out', 'Sign in to continue.');
        const body = await readBody(c, localeChoiceSchema);
        if (!body.ok) {
          return apiError(
            c,
            400,
            'invalid_body',
            `${body.message} (the agenda speaks ${locales.join(', ')})`,
          );
        }
        await options.store.users.setLocale(user.id, body.data.locale);
        return c.json(sessionViewOf({ ...user, locale: body.data.locale }, csrfToken));
      })
      .post('/sign-out', async (c) => {
        const token = c.get('sessionToken');
        if (token) await options.store.sessions.close(token);
        deleteCookie(c, sessionCookie, { path: '/' });
        return c.body(null, 204);
      })
  );
}
