// The one configured ky instance for Docplanner's Integrations API: bearer token on every
// request, one fresh token after a 401, retries with back-off that honour `Retry-After`.
import ky, { isHTTPError, type KyInstance } from 'ky';
import type { TokenSource } from './token-source.ts';

export interface DocplannerHttpOptions {
  origin: string;
  tokens: TokenSource;
  /** Per attempt; Docplanner answers well within this when healthy. */
  timeoutMs?: number;
  retryLimit?: number;
  /** The fetch to send with (one that records outcomes for the health report); global fetch by default. */
  fetch?: typeof fetch;
}

export function createDocplannerHttp(options: DocplannerHttpOptions): KyInstance {
  const authorize = async (request: Request) => {
    request.headers.set('authorization', `Bearer ${await options.tokens.token()}`);
  };
  return ky.create({
    prefix: `${options.origin}/api/v3/integration/`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    timeout: options.timeoutMs ?? 15_000,
    // Retries included: a reconciliation never hangs on a throttled Docplanner for ever.
    totalTimeout: 90_000,
    headers: {
      // As the official SDK: both vendor media types.
      accept: 'application/vnd.docplanner+json, application/vnd.error+docplanner+json',
    },
    retry: {
      limit: options.retryLimit ?? 3,
      methods: ['get'],
      statusCodes: [401, 408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: 60_000,
      backoffLimit: 8_000,
      jitter: true,
    },
    hooks: {
      beforeRequest: [({ request }) => authorize(request)],
      beforeRetry: [({ request }) => authorize(request)],
      afterResponse: [
        ({ response }) => {
          // A token can be revoked before it expires: drop it, the retry fetches a new one.
          if (response.status === 401) options.tokens.invalidate();
        },
      ],
    },
  });
}

/**
 * A write is sent once (`retry: 0`: acting twice on a visit is worse than failing), except after
 * a 401: the `afterResponse` hook has dropped the token, so the one repeat carries a fresh one.
 */
export async function onceMoreAfterUnauthorized<Result>(
  send: () => Promise<Result>,
): Promise<Result> {
  try {
    return await send();
  } catch (error) {
    if (isHTTPError(error) && error.response.status === 401) return send();
    throw error;
  }
}
