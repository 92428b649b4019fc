// confirmBooking and patient presence (markPatientPresence / markPatientAbsence).
import { Hono } from 'hono';
import { z } from 'zod';
import { confirmBooking, markPresence } from '../agenda-changes.ts';
import { readBody } from '../http/body.ts';
import { ApiError } from '../http/errors.ts';
import { addressBooking } from '../http/estate.ts';
import { noContent } from '../http/respond.ts';
import type { SandboxState } from '../state.ts';

const confirmRequestSchema = z.object({ confirmed_by: z.string() });

export function bookingActionRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const bookingRoute =
    '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/bookings/:bookingId';

  app.put(`${bookingRoute}/confirm`, async (c) => {
    const { booking } = addressBooking(state.world, c.req.param(), c.req.param('bookingId'));
    const request = await readBody(c.req.raw, confirmRequestSchema);
    if (request.confirmed_by !== 'user' && request.confirmed_by !== 'admin') {
      throw new ApiError(400, 'confirmed_by value is invalid', {
        confirmed_by: ['must be "user" or "admin"'],
      });
    }
    confirmBooking(state, booking);
    return noContent();
  });

  app.post(`${bookingRoute}/presence/patient`, (c) => {
    const { booking } = addressBooking(state.world, c.req.param(), c.req.param('bookingId'));
    markPresence(state, booking, 'present');
    return noContent();
  });

  app.delete(`${bookingRoute}/presence/patient`, (c) => {
    const { booking } = addressBooking(state.world, c.req.param(), c.req.param('bookingId'));
    markPresence(state, booking, 'absent');
    return noContent();
  });

  return app;
}
