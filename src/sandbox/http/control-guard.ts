// The control API has no auth (it is a local simulator), so no other site's page may drive it: a
// state-changing call from a browser on another origin, or with a body that is not JSON (what
// a cross-site `<form>` or `text/plain` fetch sends without a preflight), is refused.
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function fromAnotherSite(headers: Headers, url: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).host !== (headers.get('host') ?? new URL(url).host);
  } catch {
    return true;
  }
}

export const controlGuard = createMiddleware(async (c, next) => {
  const request = c.req.raw;
  if (safeMethods.has(request.method)) return next();
  if (fromAnotherSite(request.headers, request.url)) {
    throw new ApiError(403, 'The sandbox control API takes no calls from other sites');
  }
  const hasBody =
    request.headers.has('transfer-encoding') ||
    Number(request.headers.get('content-length') ?? '0') > 0;
  const type = request.headers.get('content-type') ?? '';
  if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'The sandbox control API takes JSON bodies only', [
      'send Content-Type: application/json',
    ]);
  }
  return next();
});

/** A push URL as the control API shows it: the secret path segment masked. */
export function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const segments = parsed.pathname.split('/');
    const last = segments.at(-1) ?? '';
    if (last) segments[segments.length - 1] = `…(${last.length} characters)`;
    return `${parsed.origin}${segments.join('/')}`;
  } catch {
    return '…';
  }
}
