// Whether a state-changing request comes from another site. Browsers say so in `Sec-Fetch-Site`
// and `Origin`; a request without either is not from a browser page (curl, the CLI, tests) and
// CSRF does not apply to it. Behind a trusted proxy the page's host is `X-Forwarded-Host`.
import type { Context } from 'hono';

export function isCrossSite(c: Context, trustProxy: boolean): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return true;
  const origin = c.req.header('origin');
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // `null` (a sandboxed frame, a file) or garbage
  }
  const forwardedHost = trustProxy
    ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim()
    : undefined;
  const host = forwardedHost || c.req.header('host') || new URL(c.req.url).host;
  return originHost.toLowerCase() !== host.toLowerCase();
}
