// GET /metrics in Prometheus' text format. With METRICS_TOKEN set, for a bearer of it; without,
// for this machine only (loopback, and not forwarded by a proxy: a reverse proxy on the same
// machine connects from loopback on behalf of anyone).
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Metrics } from '../ops/metrics.ts';
import { apiError } from './api-error.ts';
import { clientAddress } from './client-address.ts';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function metricsRoutes(options: { metrics: Metrics; token: string | undefined }) {
  return new Hono().get('/', async (c) => {
    if (options.token) {
      const given = c.req.header('authorization')?.match(/^Bearer (.+)$/)?.[1] ?? '';
      if (!sameToken(given, options.token)) {
        c.header('www-authenticate', 'Bearer');
        return apiError(c, 401, 'unauthorized', 'Send the METRICS_TOKEN as a bearer token.');
      }
    } else {
      const address = clientAddress(c, false);
      const forwarded = c.req.header('x-forwarded-for') !== undefined;
      if (!address || !loopback.has(address) || forwarded) {
        return apiError(
          c,
          403,
          'forbidden',
          'Metrics are served to this machine only; set METRICS_TOKEN to read them from elsewhere.',
        );
      }
    }
    const { registry } = options.metrics;
    return c.body(await registry.metrics(), 200, { 'content-type': registry.contentType });
  });
}
