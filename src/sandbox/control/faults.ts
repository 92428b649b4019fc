// `/_sandbox/faults` and `/_sandbox/rate-limits`: switch fault injection and rate limits.
import { Hono } from 'hono';
import { z } from 'zod';
import { createFaults, faultSettingsSchema } from '../faults/settings.ts';
import type { SandboxState } from '../state.ts';
import { readControlBody } from './body.ts';

const rateLimitSchema = z.strictObject({
  enabled: z.boolean(),
  getPerHour: z.number().int().min(1).optional(),
  writesPerMinute: z.number().int().min(1).optional(),
});

export function controlFaultRoutes(state: SandboxState): Hono {
  const app = new Hono();
  app.get('/faults', () => Response.json(state.faults.settings));
  app.post('/faults', async (c) => {
    const settings = await readControlBody(
      c.req.raw,
      faultSettingsSchema,
      'Send fault settings, e.g. {"errorRate":0.2,"latencyMs":300} (see src/sandbox/README.md)',
    );
    state.faults = createFaults(state.seed, settings);
    return Response.json(state.faults.settings);
  });
  app.delete('/faults', () => {
    state.faults = createFaults(state.seed);
    return new Response(null, { status: 204 });
  });
  app.get('/rate-limits', () => Response.json(state.rateLimits));
  app.put('/rate-limits', async (c) => {
    const change = await readControlBody(
      c.req.raw,
      rateLimitSchema,
      'Send {"enabled": true, "getPerHour"?: 8000, "writesPerMinute"?: 40}',
    );
    state.rateLimits = { ...state.rateLimits, ...change };
    return Response.json(state.rateLimits);
  });
  return app;
}
