// Docplanner's rate limits (CONTRACT §8): GETs per hour, writes per minute, on the sandbox clock.
// Off by default; when on, every answer carries the X-RateLimit-* headers and an exhausted
// window answers 429 with Retry-After.
import type { MiddlewareHandler } from 'hono';
import { errorMediaType } from '../../shared/docplanner/common.ts';
import type { SandboxState } from '../state.ts';
import { dateToWire } from '../time.ts';

interface Window {
  startMs: number;
  used: number;
}

export function enforceRateLimits(state: SandboxState): MiddlewareHandler {
  const windows: Record<'read' | 'write', Window> = {
    read: { startMs: 0, used: 0 },
    write: { startMs: 0, used: 0 },
  };
  return async (c, next) => {
    const settings = state.rateLimits;
    if (!settings.enabled) return next();
    const kind = c.req.method === 'GET' || c.req.method === 'HEAD' ? 'read' : 'write';
    const limit = kind === 'read' ? settings.getPerHour : settings.writesPerMinute;
    const lengthMs = kind === 'read' ? 3_600_000 : 60_000;
    const now = state.clock.now().getTime();
    const window = windows[kind];
    if (now >= window.startMs + lengthMs || now < window.startMs) {
      window.startMs = now;
      window.used = 0;
    }
    const resetMs = window.startMs + lengthMs;
    const headers = (used: number) => ({
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(Math.max(0, limit - used)),
      'X-RateLimit-Used': String(used),
      'X-RateLimit-Reset': dateToWire(new Date(resetMs)),
    });
    if (window.used >= limit) {
      return new Response(JSON.stringify({ errors: [], message: 'API rate limit exceeded' }), {
        status: 429,
        headers: {
          'Content-Type': errorMediaType,
          'Retry-After': String(Math.max(1, Math.ceil((resetMs - now) / 1000))),
          ...headers(window.used),
        },
      });
    }
    window.used += 1;
    await next();
    for (const [name, value] of Object.entries(headers(window.used)))
      c.res.headers.set(name, value);
  };
}
