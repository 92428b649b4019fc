// Reads the session cookie on every request, drops idle sessions, and puts the signed-in user on
// the request context. Whether a route needs a user, and which role, is decided by the routes.
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users-table.ts';

export const sessionCookie = 'oa_session';

export interface AuthVariables {
  user: User | undefined;
  sessionToken: string | undefined;
  csrfToken: string | undefined;
}

export function sessionMiddleware(options: {
  store: Store;
  idleMs: number;
  now?: () => number;
  /** Told of a write the disk refused; true when that is what it was (reading goes on). */
  onWriteFailed?: (error: unknown) => boolean;
}) {
  const now = options.now ?? Date.now;
  // Closing an idle session and sliding the expiry are bookkeeping: on a full disk they are
  // skipped, so that staff already signed in keep reading the agenda.
  const bestEffort = async (write: () => Promise<void>) => {
    try {
      await write();
    } catch (error) {
      if (!options.onWriteFailed?.(error)) throw error;
    }
  };
  return createMiddleware<{ Variables: AuthVariables }>(async (c, next) => {
    c.set('user', undefined);
    c.set('sessionToken', undefined);
    c.set('csrfToken', undefined);
    const token = getCookie(c, sessionCookie);
    if (token && token.length <= 100) {
      const found = await options.store.sessions.findWithUser(token);
      const at = now();
      if (found && at - found.session.lastSeenMs > options.idleMs) {
        await bestEffort(() => options.store.sessions.close(token));
      } else if (found) {
        const { session, user } = found;
        if (!user.disabled) {
          // Sliding expiry, written at most once a minute.
          if (at - session.lastSeenMs > 60_000) {
            await bestEffort(() => options.store.sessions.touch(token, at));
          }
          c.set('user', user);
          c.set('sessionToken', token);
          c.set('csrfToken', session.csrfToken);
        }
      }
    }
    await next();
  });
}
