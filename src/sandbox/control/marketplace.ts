// `/_sandbox/marketplace`: switch the scenario engine on or off, set its pace, run one step now.
import { Hono } from 'hono';
import { z } from 'zod';
import { marketplaceActions } from '../marketplace/marketplace.ts';
import type { SandboxState } from '../state.ts';
import { readControlBody } from './body.ts';

const settingsSchema = z.strictObject({
  enabled: z.boolean().optional(),
  eventsPerHour: z.number().positive().max(100_000).optional(),
});
const stepSchema = z.strictObject({ action: z.enum(marketplaceActions).optional() });

export function controlMarketplaceRoutes(state: SandboxState): Hono {
  const app = new Hono();
  app.get('/marketplace', () => Response.json(state.marketplace.settings()));
  app.post('/marketplace', async (c) => {
    const change = await readControlBody(
      c.req.raw,
      settingsSchema,
      'Send {"enabled": true, "eventsPerHour": 120}',
    );
    return Response.json(state.marketplace.configure(change));
  });
  app.post('/marketplace/step', async (c) => {
    const { action } = await readControlBody(
      c.req.raw,
      stepSchema,
      `Send {} or {"action": one of ${marketplaceActions.join(', ')}}`,
    );
    return Response.json(state.marketplace.step(action));
  });
  return app;
}
