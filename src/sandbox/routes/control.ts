// `/_sandbox/*`: the control API for tests and demos (no auth): read, move or speed up the clock,
// reset. The other control modules live in ../control/.
// Jumping the clock (`now`, reset) carries issued tokens along, so a running BFF keeps working;
// `advanceMinutes` lets time pass, so tokens age and expire as they would.
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/errors.ts';
import { resetWorld, type SandboxState } from '../state.ts';
import { clinicTimeZone, dateToWire, parseWireDateTime } from '../time.ts';

const wireInstant = z.string().refine((text) => parseWireDateTime(text) !== null, {
  message: 'expected an ISO 8601 date-time with an offset, e.g. 2026-11-24T10:00:00+01:00',
});

const clockChangeSchema = z.union([
  z.strictObject({ now: wireInstant }),
  z.strictObject({ advanceMinutes: z.number().finite() }),
  // N sandbox seconds per real second (a 60× demo); timers follow sandbox time.
  z.strictObject({ speed: z.number().positive().max(100_000) }),
]);

const resetSchema = z.strictObject({
  seed: z.number().int().optional(),
  /** Also move the clock here before rebuilding; without it the clock goes back to its start. */
  now: wireInstant.optional(),
});

export function controlRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const clockView = () => ({
    now: dateToWire(state.clock.now()),
    time_zone: clinicTimeZone,
    speed: state.clock.speed(),
  });

  app.get('/clock', () => Response.json(clockView()));

  app.post('/clock', async (c) => {
    const change = clockChangeSchema.safeParse(await readJson(c.req.raw));
    if (!change.success)
      throw invalidBody(
        change.error,
        'Send {"now": "<date-time>"}, {"advanceMinutes": <number>} or {"speed": <number>}',
      );
    const wanted = change.data;
    if ('now' in wanted) jumpTo(state, () => state.clock.set(new Date(wanted.now)));
    else if ('speed' in wanted) state.clock.setSpeed(wanted.speed);
    else state.clock.advanceMinutes(wanted.advanceMinutes);
    return Response.json(clockView());
  });

  app.post('/reset', async (c) => {
    const reset = resetSchema.safeParse((await readJson(c.req.raw, true)) ?? {});
    if (!reset.success)
      throw invalidBody(reset.error, 'Send {} or {"seed": <int>, "now": "<date-time>"}');
    const target = reset.data.now;
    jumpTo(state, () => {
      state.clock.restore();
      if (target) state.clock.set(new Date(target));
    });
    resetWorld(state, reset.data.seed);
    return Response.json({
      ...clockView(),
      seed: state.seed,
      bookings: state.world.bookings.length,
    });
  });

  return app;
}

function jumpTo(state: SandboxState, move: () => void): void {
  const before = state.clock.now().getTime();
  move();
  state.tokens.shift(state.clock.now().getTime() - before);
}

async function readJson(request: Request, emptyIsFine = false): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '' && emptyIsFine) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'Request body is not valid JSON');
  }
}

function invalidBody(error: z.ZodError, hint: string): ApiError {
  return new ApiError(
    400,
    hint,
    error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
  );
}
