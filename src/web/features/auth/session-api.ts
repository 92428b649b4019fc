// The session calls: who am I, sign in, sign out. Plain fetch, because these run before (and
// after) the app's authenticated API client is usable.
import { z } from 'zod/mini';
import { type SessionView, sessionSchema } from '../../../shared/api/auth.ts';
import { apiErrorSchema } from '../../../shared/api/error.ts';
import { healthSchema } from '../../../shared/api/health.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { csrfToken } from '../../lib/csrf.ts';
import { t } from '../../lib/i18n/messages.ts';
import { serverErrorText } from '../../lib/server-error-text.ts';

export class SignInError extends Error {
  override name = 'SignInError';
}

/** The server's reason in the page's language where the catalog knows its code, else its words. */
async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = apiErrorSchema.safeParse(await response.json().catch(() => null));
  if (!body.success) return fallback;
  return serverErrorText(body.data.error, response.headers.get('retry-after'));
}

/** The current session, or null when signed out. */
export async function fetchSession(): Promise<SessionView | null> {
  const response = await fetch('/api/auth/session', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(await errorMessage(response, t('auth.error.serverSilent')));
  return sessionSchema.parse(await response.json());
}

export async function signIn(username: string, password: string): Promise<SessionView> {
  let response: Response;
  try {
    response = await fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    throw new SignInError(t('auth.error.unreachable'));
  }
  if (!response.ok) {
    throw new SignInError(
      await errorMessage(response, t('auth.error.http', { status: response.status })),
    );
  }
  return sessionSchema.parse(await response.json());
}

/** Remembers the user's language on the server (every device opens in it); the session back. */
export async function saveLocale(locale: Locale): Promise<SessionView> {
  const response = await fetch('/api/auth/locale', {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-csrf-token': csrfToken() ?? '',
    },
    body: JSON.stringify({ locale }),
  });
  if (!response.ok) throw new Error(await errorMessage(response, `HTTP ${response.status}`));
  return sessionSchema.parse(await response.json());
}

export async function signOut(): Promise<void> {
  await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken() ?? '' },
  }).catch(() => undefined);
}

/** Whether the agenda runs on sandbox data (public, so the sign-in page can say so). */
export async function fetchDataSource(): Promise<'sandbox' | 'docplanner' | null> {
  try {
    const response = await fetch('/api/health');
    // Only the data source is read here: the rest of the report is for monitors.
    return z.pick(healthSchema, { dataSource: true }).parse(await response.json()).dataSource;
  } catch {
    return null;
  }
}
