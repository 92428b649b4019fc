// The OAuth token for Docplanner (client_credentials). One token is shared by every caller,
// reused until shortly before `expires_in` runs out, and fetched once even when many requests
// ask at the same moment.
import ky from 'ky';
import { tokenResponseSchema } from '../../shared/docplanner/token.ts';

export interface TokenSource {
  /** A valid access token, fetched or refreshed when needed. */
  token(): Promise<string>;
  /** Forget the cached token (after a 401), so the next call fetches a new one. */
  invalidate(): void;
}

export interface TokenSourceOptions {
  /** e.g. https://www.znanylekarz.pl; the token endpoint is `${origin}/oauth/v2/token`. */
  origin: string;
  clientId: string;
  clientSecret: string;
  now?: () => number;
}

export function createTokenSource(options: TokenSourceOptions): TokenSource {
  const now = options.now ?? Date.now;
  let cached: { value: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64');
    const body = await ky
      .post(`${options.origin}/oauth/v2/token`, {
        headers: { authorization: `Basic ${basic}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'integration' }),
        timeout: 15_000,
        retry: { limit: 2, methods: ['post'], statusCodes: [429, 500, 502, 503, 504] },
      })
      .json(tokenResponseSchema);
    // Refresh a tenth of the lifetime early (at most a minute), so no request carries a token
    // that expires on the way.
    const marginMs = Math.min(60_000, body.expires_in * 100);
    cached = { value: body.access_token, refreshAt: now() + body.expires_in * 1000 - marginMs };
    return body.access_token;
  }

  return {
    token() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
