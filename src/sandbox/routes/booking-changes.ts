// cancelBooking and moveBooking.
import { Hono } from 'hono';
import {
  cancelBookingRequestSchema,
  moveBookingRequestSchema,
} from '../../shared/docplanner/booking-requests.ts';
import { cancelBooking, moveBooking } from '../agenda-changes.ts';
import { readBody } from '../http/body.ts';
import { ApiError } from '../http/errors.ts';
import { addressBooking } from '../http/estate.ts';
import { noContent, ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { bookingWire } from '../wire/booking.ts';
import { bookingPath } from '../wire/links.ts';

export function bookingChangeRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const bookingRoute =
    '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/bookings/:bookingId';

  app.delete(bookingRoute, async (c) => {
    const { booking } = addressBooking(state.world, c.req.param(), c.req.param('bookingId'));
    await readBody(c.req.raw, cancelBookingRequestSchema, { optional: true });
    cancelBooking(state, booking, 'integration');
    return noContent();
  });

  app.post(`${bookingRoute}/move`, async (c) => {
    const extensions = readExtensions(c.req.url, ['address_service.public_insurance_flow']);
    const { address, booking } = addressBooking(
      state.world,
      c.req.param(),
      c.req.param('bookingId'),
    );
    const request = await readBody(c.req.raw, moveBookingRequestSchema);
    const target = request.address_id
      ? state.world.addresses.find((candidate) => candidate.id === request.address_id)
      : address;
    if (!target) throw new ApiError(400, 'Address does not exist');
    if (target.facilityId !== address.facilityId) {
      throw new ApiError(403, 'This address does not belong to this facility');
    }
    const moved = moveBooking(state, booking, { address: target, request });
    const service = state.world.addressServices.find((s) => s.id === moved.addressServiceId);
    const location = new URL(bookingPath(target, moved), c.req.url).toString();
    return ok(bookingWire(moved, target, service, { single: true, extensions }), 201, {
      Location: location,
    });
  });

  return app;
}
