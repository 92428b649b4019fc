// Access tokens the sandbox has issued, with their expiry on the sandbox clock (so advancing the
// clock by an hour expires them, as a client's refresh logic needs to see).
import { randomBytes } from 'node:crypto';

export const tokenLifetimeSeconds = 3600;

export type TokenCheck = 'valid' | 'missing' | 'unknown' | 'expired';

export interface TokenStore {
  issue(now: Date): string;
  check(token: string | null, now: Date): TokenCheck;
  /** Moves every expiry by `ms`: a clock jump carries the issued tokens along with it. */
  shift(ms: number): void;
  /** Forgets every token, so the next request gets 401 (a client must fetch a new one). */
  revokeAll(): void;
}

export function createTokenStore(): TokenStore {
  const expiries = new Map<string, number>();
  return {
    issue(now) {
      const token = randomBytes(20).toString('hex');
      expiries.set(token, now.getTime() + tokenLifetimeSeconds * 1000);
      return token;
    },
    check(token, now) {
      if (token === null) return 'missing';
      const expiresAt = expiries.get(token);
      if (expiresAt === undefined) return 'unknown';
      return now.getTime() < expiresAt ? 'valid' : 'expired';
    },
    shift(ms) {
      for (const [token, expiresAt] of expiries) expiries.set(token, expiresAt + ms);
    },
    revokeAll() {
      expiries.clear();
    },
  };
}
