// The client's side of the notification queue: pull one, pull many, release failed pushes.
import { Hono } from 'hono';
import { successMediaType } from '../../shared/docplanner/common.ts';
import { ApiError } from '../http/errors.ts';
import { noContent } from '../http/respond.ts';
import type { Payload } from '../notifications/hub.ts';
import type { SandboxState } from '../state.ts';

const noNotifications = () => new ApiError(404, 'No notifications found');

/** Bodies are sent as stored, so a raw (malformed) body given to the control API stays as it is. */
function raw(body: string): Response {
  return new Response(body, { status: 200, headers: { 'Content-Type': successMediaType } });
}

export function notificationRoutes(state: SandboxState): Hono {
  const app = new Hono();

  app.get('/notifications', () => {
    const [first] = state.notifications.pull(1).taken;
    if (!first) throw noNotifications();
    return raw(first.body);
  });

  app.get('/notifications/multiple', (c) => {
    const text = c.req.query('limit');
    const limit = text === undefined ? 1 : Number(text);
    if (!/^\d+$/.test(text ?? '1') || !Number.isInteger(limit) || limit < 1 || limit > 100) {
      throw new ApiError(400, 'Invalid arguments', {
        limit: [`must be an integer from 1 to 100, got "${text}"`],
      });
    }
    const { taken, remaining } = state.notifications.pull(limit);
    if (taken.length === 0) throw noNotifications();
    return raw(
      `{"notifications":[${taken.map((payload: Payload) => payload.body).join(',')}],"remaining":${remaining}}`,
    );
  });

  app.post('/notifications/release', () => {
    const outcome = state.notifications.release();
    if (outcome === 'forbidden') throw new ApiError(403, 'You are not allowed to use this method');
    if (outcome !== 'released') {
      return new Response(
        JSON.stringify({ errors: [], message: 'You have reached the limit of 1 request per hour' }),
        {
          status: 429,
          headers: {
            'Content-Type': 'application/vnd.error+docplanner+json',
            'Retry-After': String(outcome.retryAfterSeconds),
          },
        },
      );
    }
    return noContent();
  });

  return app;
}
