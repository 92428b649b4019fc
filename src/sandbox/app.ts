// The sandbox as a Hono app: built by a function so tests can call `app.request()` on it.
import { Hono } from 'hono';
import { controlFaultRoutes } from './control/faults.ts';
import { controlMarketplaceRoutes } from './control/marketplace.ts';
import { controlNotificationRoutes } from './control/notifications.ts';
import { controlPatientRoutes } from './control/patients.ts';
import { injectFaults } from './faults/middleware.ts';
import { controlGuard } from './http/control-guard.ts';
import { ApiError, errorResponse } from './http/errors.ts';
import { enforceRateLimits } from './http/rate-limits.ts';
import { addressServiceChangeRoutes } from './routes/address-service-changes.ts';
import { requireToken, tokenRoutes } from './routes/auth.ts';
import { bookingActionRoutes } from './routes/booking-actions.ts';
import { bookingChangeRoutes } from './routes/booking-changes.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { breakRoutes } from './routes/breaks.ts';
import { controlRoutes } from './routes/control.ts';
import { doctorRoutes } from './routes/doctors.ts';
import { facilityRoutes } from './routes/facilities.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { serviceRoutes } from './routes/services.ts';
import { slotRoutes } from './routes/slots.ts';
import type { SandboxState } from './state.ts';
import { apiBase } from './wire/links.ts';

export function createSandboxApp(state: SandboxState): Hono {
  const integration = new Hono();
  integration.use('*', injectFaults(state));
  integration.use('*', enforceRateLimits(state));
  integration.use('*', requireToken(state));
  // Timers that fell due between ticks run before the request sees the world.
  integration.use('*', async (_c, next) => {
    state.timers.runDue();
    await next();
  });
  integration.route('/', facilityRoutes(state));
  integration.route('/', doctorRoutes(state));
  integration.route('/', serviceRoutes(state));
  integration.route('/', addressServiceChangeRoutes(state));
  integration.route('/', bookingRoutes(state));
  integration.route('/', bookingChangeRoutes(state));
  integration.route('/', bookingActionRoutes(state));
  integration.route('/', slotRoutes(state));
  integration.route('/', breakRoutes(state));
  integration.route('/', notificationRoutes(state));

  const oauth = new Hono();
  oauth.use('*', injectFaults(state));
  oauth.route('/', tokenRoutes(state));

  const control = new Hono();
  control.use('*', controlGuard);
  control.route('/', controlRoutes(state));
  control.route('/', controlNotificationRoutes(state));
  control.route('/', controlPatientRoutes(state));
  control.route('/', controlMarketplaceRoutes(state));
  control.route('/', controlFaultRoutes(state));

  const app = new Hono();
  app.route('/oauth/v2', oauth);
  app.route(apiBase, integration);
  app.route('/_sandbox', control);

  app.notFound(() => errorResponse(new ApiError(404, 'Object not found')));
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    // A bug in the sandbox, not a simulated failure: say so rather than pretend it is Docplanner.
    console.error('[sandbox] unexpected error', error);
    return errorResponse(new ApiError(500, 'Sandbox internal error', [String(error)]));
  });
  return app;
}
