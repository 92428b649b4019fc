// Faults on the wire of /api/v3 and /oauth (never /_sandbox): latency, 5xx, 429, hangs, and the
// hostile/seed rewrites of booking answers.
import type { MiddlewareHandler } from 'hono';
import { errorMediaType } from '../../shared/docplanner/common.ts';
import type { SandboxState } from '../state.ts';
import { strikes } from './settings.ts';
import { shapeApiBody } from './wire-variants.ts';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function errorReply(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ errors: [], message }), {
    status,
    headers: { 'Content-Type': errorMediaType, ...headers },
  });
}

export function injectFaults(state: SandboxState): MiddlewareHandler {
  return async (c, next) => {
    const faults = state.faults;
    const settings = faults.settings;
    if (settings.latencyMs) await sleep(settings.latencyMs, c.req.raw.signal);
    if (strikes(faults, settings.timeoutRate)) {
      // Hang well past any sane client timeout; ends early if the client goes away.
      await sleep(120_000, c.req.raw.signal);
      return errorReply(504, 'Gateway Timeout');
    }
    if (strikes(faults, settings.rateLimitRate)) {
      return errorReply(429, 'Too Many Requests', { 'Retry-After': '2' });
    }
    if (strikes(faults, settings.errorRate)) {
      return faults.random.chance(0.5)
        ? errorReply(500, 'Internal Server Error')
        : errorReply(503, 'Service Unavailable');
    }
    await next();
    if (!settings.hostileContent && !settings.seedVariants) return;
    const type = c.res.headers.get('Content-Type') ?? '';
    if (c.res.status !== 200 && c.res.status !== 201) return;
    if (!type.startsWith('application/vnd.docplanner+json')) return;
    if (!/\/bookings(\/|$|\?)|\/book$|\/move$/.test(new URL(c.req.url).pathname)) return;
    const body = shapeApiBody(await c.res.clone().json(), settings);
    c.res = new Response(JSON.stringify(body), { status: c.res.status, headers: c.res.headers });
  };
}
