// Every state-changing request of a signed-in browser carries the session's CSRF token in a
// header, which another site cannot read or set. SameSite cookies are the first line; this is
// the second. And no state-changing request from another site's page is taken at all, signed in
// or not (sign-in included: a login CSRF would sign the victim into the attacker's account).
import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { csrfHeader } from '../../shared/api/auth.ts';
import { apiError } from '../routes/api-error.ts';
import { isCrossSite } from './same-origin.ts';
import type { AuthVariables } from './session-middleware.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrfProtection(options: { trustProxy?: boolean } = {}) {
  return createMiddleware<{ Variables: AuthVariables }>(async (c, next) => {
    if (!safeMethods.has(c.req.method) && isCrossSite(c, options.trustProxy ?? false)) {
      return apiError(
        c,
        403,
        'cross_site',
        'This request came from another site. Open the agenda at its own address and try again.',
      );
    }
    const expected = c.get('csrfToken');
    if (!safeMethods.has(c.req.method) && expected) {
      const given = Buffer.from(c.req.header(csrfHeader) ?? '');
      const wanted = Buffer.from(expected);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        return apiError(
          c,
          403,
          'csrf',
          'This request did not come from the agenda page. Reload the page and try again.',
        );
      }
    }
    await next();
  });
}
