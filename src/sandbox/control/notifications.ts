// `/_sandbox/notifications…`: choose pull or push, see the queue, and put events on it by hand.
import { Hono } from 'hono';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { noContent } from '../http/respond.ts';
import { patientBooksSlot } from '../marketplace/patient-actions.ts';
import type { SandboxState } from '../state.ts';
import { toWireDateTime } from '../time.ts';
import { readControlBody } from './body.ts';

const deliverySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('pull') }),
  z.strictObject({
    mode: z.literal('push'),
    url: z.url({ protocol: /^https?$/ }),
  }),
]);

const emitSchema = z.looseObject({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).optional(),
  created_at: z.string().optional(),
});

const burstSchema = z.strictObject({ count: z.number().int().min(1).max(2000) });

export function controlNotificationRoutes(state: SandboxState): Hono {
  const app = new Hono();

  app.put('/notifications/delivery', async (c) => {
    const delivery = await readControlBody(
      c.req.raw,
      deliverySchema,
      'Send {"mode":"pull"} or {"mode":"push","url":"http://host:port/path"}',
    );
    state.notifications.setDelivery(delivery);
    return noContent();
  });

  app.get('/notifications', () => Response.json(state.notifications.stats()));

  // A JSON object with a name is sent as given (created_at filled in when missing); anything
  // else (broken JSON, an array, a string) is sent byte for byte as a malformed event.
  app.post('/notifications/emit', async (c) => {
    const text = await c.req.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const event = emitSchema.safeParse(parsed);
    if (event.success) {
      const now = Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());
      const full = {
        ...event.data,
        data: event.data.data ?? {},
        created_at: event.data.created_at ?? toWireDateTime(now),
      };
      state.notifications.emitRaw(full.name, JSON.stringify(full));
    } else {
      state.notifications.emitRaw('(raw)', text);
    }
    return Response.json(
      { emitted: 1, mode: state.notifications.delivery().mode },
      { status: 202 },
    );
  });

  app.post('/notifications/burst', async (c) => {
    const { count } = await readControlBody(c.req.raw, burstSchema, 'Send {"count": 1..2000}');
    const bookingIds: string[] = [];
    for (let index = 0; index < count; index += 1) {
      try {
        bookingIds.push(patientBooksSlot(state, { prepaid: false }).id);
      } catch {
        break; // the clinic is fully booked: report how many fitted
      }
    }
    return Response.json({ emitted: bookingIds.length, bookingIds }, { status: 202 });
  });

  return app;
}
