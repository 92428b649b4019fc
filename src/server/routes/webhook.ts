// POST /webhooks/docplanner/:secret — Docplanner's push. The body is written to the durable
// inbox before we answer 2xx; a body we cannot read gets a 4xx and is kept as a dead letter.
// Docplanner sends no signature, so the secret in the path (compared in constant time) is what
// keeps strangers out. While the disk cannot take the body (full) or the server is shutting
// down, the answer is 503 with Retry-After: Docplanner sends it again later, nothing is lost.
import { hash, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { InboxWriter } from '../ingest/inbox-writer.ts';
import { readNotificationBody } from '../ingest/notification-body.ts';
import type { WebhookAllowlist } from '../ingest/webhook-allowlist.ts';
import type { Logger } from '../logger.ts';
import type { StorageStatus } from '../ops/storage-status.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';
import { clientAddress } from './client-address.ts';

export interface WebhookOptions {
  secret: string;
  writer: InboxWriter;
  store: Store;
  logger: Logger;
  /** Larger bodies are refused (a notification is a few KiB). */
  maxBodyBytes?: number;
  /** When set, only these senders may push. */
  allowlist?: WebhookAllowlist;
  /** Take the sender from X-Forwarded-For (behind a reverse proxy we trust). */
  trustProxy?: boolean;
  /** Told of writes the disk refused; absent in tests that do not fill a disk. */
  storage?: Pick<StorageStatus, 'failed' | 'trouble'>;
  /** True once the server is shutting down: new pushes are sent back for later. */
  draining?: () => boolean;
  /** Each accepted request is tracked until answered, so that a shutdown waits for it. */
  track?: <Result>(work: Promise<Result>) => Promise<Result>;
}

/** Seconds Docplanner is asked to wait before sending again while the disk is full. */
export const storageRetryAfterSeconds = 60;

function digest(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

export function webhookRoutes(options: WebhookOptions) {
  const expected = digest(options.secret);
  // A notification is a few KiB; a quarter of a MiB leaves room for any booking it carries.
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024;

  const tooLarge = (c: Context) =>
    apiError(c, 413, 'too_large', `A notification must be under ${maxBodyBytes} bytes.`);

  /** The secret path and the allowlist, before a byte of the body is read. */
  const authenticSender = createMiddleware(async (c, next) => {
    if (!timingSafeEqual(digest(c.req.param('secret') ?? ''), expected)) {
      return apiError(c, 404, 'not_found', 'No such webhook.');
    }
    const sender = clientAddress(c, options.trustProxy ?? false);
    if (options.allowlist && !options.allowlist.allows(sender)) {
      options.logger.warn({ sender }, 'webhook: sender not on the allowlist');
      return apiError(c, 403, 'forbidden', 'This address may not push notifications.');
    }
    await next();
  });

  // The body is read up to the limit and no further (a chunked body without a length too): a
  // sender cannot make the server hold more than one notification's worth of its bytes.
  const streamedWithinLimit = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  // A body with its length (Docplanner's, every time) is refused or read by that length alone,
  // as bodyLimit does, but without touching the request's body stream: that stream is what
  // makes @hono/node-server build a whole fetch Request for the request (0.07 ms of the
  // webhook's time), where `c.req.text()` alone reads the socket's bytes directly. Node's HTTP
  // parser reads no more than the declared length.
  const limited = createMiddleware(async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
      return streamedWithinLimit(c, next);
    }
    if (Number.parseInt(length, 10) > maxBodyBytes) return tooLarge(c);
    await next();
  });

  const unavailable = (c: Context, seconds: number, message: string) => {
    c.header('retry-after', String(seconds));
    return apiError(c, 503, 'unavailable', message);
  };

  async function receive(c: Context): Promise<Response> {
    const body = await c.req.text();
    const receivedAt = new Date().toISOString();
    const read = readNotificationBody(body);
    if (!read.ok && read.reason === 'not JSON') {
      await options.store.inbox.deadLetter('push', 'not JSON', body, receivedAt);
      options.logger.warn({ bytes: body.length }, 'webhook: body is not JSON (dead-lettered)');
      return apiError(c, 400, 'invalid_json', 'The body is not JSON.');
    }
    if (!read.ok) {
      const reason = read.issues;
      await options.store.inbox.deadLetter(
        'push',
        `not a notification: ${reason}`,
        body,
        receivedAt,
      );
      options.logger.warn({ reason }, 'webhook: not a notification (dead-lettered)');
      return apiError(
        c,
        400,
        'invalid_notification',
        `The body is not a Docplanner notification: ${reason}`,
      );
    }
    const inboxId = await options.writer.write('push', body);
    return c.json({ received: true, id: inboxId }, 200);
  }

  return new Hono().post('/:secret', authenticSender, limited, async (c) => {
    if (options.draining?.()) {
      return unavailable(c, 5, 'The agenda server is restarting. Send this notification again.');
    }
    try {
      return await (options.track ? options.track(receive(c)) : receive(c));
    } catch (error) {
      // Whatever the body was, it is not kept: it must be sent again, so the answer says so.
      if (!options.storage?.failed(error)) throw error;
      return unavailable(
        c,
        storageRetryAfterSeconds,
        `The agenda server cannot store notifications right now (${options.storage.trouble}). Send this notification again later.`,
      );
    }
  });
}
