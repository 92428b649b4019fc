// The sandbox as a Hono app: built by a function so tests can call `app.request()` on it.
import { Hono } from 'hono';
import { ApiError, errorResponse } from './http/errors.ts';
import { requireToken, tokenRoutes } from './routes/auth.ts';
import { bookingChangeRoutes } from './routes/booking-changes.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { controlRoutes } from './routes/control.ts';
import { doctorRoutes } from './routes/doctors.ts';
import { facilityRoutes } from './routes/facilities.ts';
import { serviceRoutes } from './routes/services.ts';
import { slotRoutes } from './routes/slots.ts';
import type { SandboxState } from './state.ts';
import { apiBase } from './wire/links.ts';

export function createSandboxApp(state: SandboxState): Hono {
  const integration = new Hono();
  integration.use('*', requireToken(state));
  integration.route('/', facilityRoutes(state));
  integration.route('/', doctorRoutes(state));
  integration.route('/', serviceRoutes(state));
  integration.route('/', bookingRoutes(state));
  integration.route('/', bookingChangeRoutes(state));
  integration.route('/', slotRoutes(state));

  const app = new Hono();
  app.route('/oauth/v2', tokenRoutes(state));
  app.route(apiBase, integration);
  app.route('/_sandbox', controlRoutes(state));

  app.notFound(() => errorResponse(new ApiError(404, 'Object not found')));
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    // A bug in the sandbox, not a simulated failure: say so rather than pretend it is Docplanner.
    console.error('[sandbox] unexpected error', error);
    return errorResponse(new ApiError(500, 'Sandbox internal error', [String(error)]));
  });
  return app;
}
