// The session calls: who am I, sign in, sign out. Plain fetch, because these run before (and
// after) the app's authenticated API client is usable.
import { type SessionView, sessionSchema } from '../../../shared/api/auth.ts';
import { apiErrorSchema } from '../../../shared/api/error.ts';
import { healthSchema } from '../../../shared/api/health.ts';
import { csrfToken } from '../../lib/csrf.ts';

export class SignInError extends Error {
  override name = 'SignInError';
}

async function errorMessage(response: Response, fallback: string): Promise<string> {
  const body = apiErrorSchema.safeParse(await response.json().catch(() => null));
  return body.success ? body.data.error.message : fallback;
}

/** The current session, or null when signed out. */
export async function fetchSession(): Promise<SessionView | null> {
  const response = await fetch('/api/auth/session', { headers: { accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(await errorMessage(response, 'The server did not answer.'));
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
    throw new SignInError('The server did not answer. Check your connection and try again.');
  }
  if (!response.ok) {
    throw new SignInError(
      await errorMessage(response, `Sign-in failed (HTTP ${response.status}).`),
    );
  }
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
    return healthSchema.parse(await response.json()).dataSource;
  } catch {
    return null;
  }
}
