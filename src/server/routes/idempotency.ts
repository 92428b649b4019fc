// Every write of issue 15 carries an `Idempotency-Key`. The first request with a key acts; the
// same key and request again (a retry after a network drop) gets the stored answer back with
// `Idempotent-Replayed: true`; the same key with another request is refused (422); while the
// first is still running, 409. A 5xx answer (Docplanner failed or did not answer) frees the key,
// so the retry really retries.
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { idempotencyKeyHeader, idempotencyKeySchema } from '../../shared/api/visit-actions.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';

/** A key still `running` after this long belongs to a request that died with the server. */
const abandonedAfterMs = 5 * 60_000;
/** Keys are kept a day: long enough for any retry of the SPA. */
const keptMs = 24 * 60 * 60_000;

export const replayedHeader = 'Idempotent-Replayed';

export function idempotent(options: { store: Store; now?: () => number }) {
  const now = options.now ?? Date.now;
  const keys = options.store.idempotency;
  return createMiddleware<{ Variables: AuthVariables }>(async (c, next) => {
    const user = c.get('user');
    if (!user) return apiError(c, 401, 'signed_out', 'Sign in to continue.');
    const key = idempotencyKeySchema.safeParse(c.req.header(idempotencyKeyHeader));
    if (!key.success) {
      return apiError(
        c,
        400,
        'idempotency_key_required',
        `Every change needs an ${idempotencyKeyHeader} header: 8–128 letters, digits, - or _ (e.g. a UUID).`,
      );
    }
    const body = await c.req.text();
    const fingerprint = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n${body}`)
      .digest('base64url');
    const nowMs = now();
    await keys.pruneOlderThan(nowMs - keptMs);

    if (!(await keys.claim(user.id, key.data, fingerprint, nowMs))) {
      const entry = await keys.get(user.id, key.data);
      if (entry && entry.fingerprint !== fingerprint) {
        return apiError(
          c,
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different request. Send a new key for a new change.',
        );
      }
      if (entry?.state === 'done') {
        const headers: Record<string, string> = { [replayedHeader]: 'true' };
        if (entry.contentType) headers['content-type'] = entry.contentType;
        const status = entry.status;
        return new Response(status === 204 ? null : entry.body, { status, headers });
      }
      const tookOver =
        entry === undefined
          ? await keys.claim(user.id, key.data, fingerprint, nowMs)
          : await keys.takeOverStale(
              user.id,
              key.data,
              fingerprint,
              nowMs,
              nowMs - abandonedAfterMs,
            );
      if (!tookOver) {
        return apiError(
          c,
          409,
          'in_progress',
          'This change is still being sent to Docplanner. Wait a moment before trying again.',
        );
      }
    }

    try {
      await next();
    } catch (error) {
      await keys.release(user.id, key.data);
      throw error;
    }
    const status = c.res.status;
    if (status >= 500) {
      await keys.release(user.id, key.data);
      return;
    }
    await keys.finish(user.id, key.data, {
      status,
      contentType: c.res.headers.get('content-type'),
      body: status === 204 ? '' : await c.res.clone().text(),
    });
  });
}
