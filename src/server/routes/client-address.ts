// Who sent a request. Behind a reverse proxy we trust (TRUST_PROXY=true) that is the address the
// proxy saw and appended to X-Forwarded-For: the last entry, since the ones before it are
// whatever the client claimed. Without a trusted proxy, the socket's peer; the header is ignored.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
