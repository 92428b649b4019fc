// getBookings (date range, optional pagination) and getBooking.
import { Hono } from 'hono';
import { addressBooking, doctorAddress } from '../http/estate.ts';
import { readDateRange, readPage } from '../http/query.ts';
import { ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { bookingWire } from '../wire/booking.ts';
import { pageLinks } from '../wire/links.ts';
import type { BookingRecord } from '../world/model.ts';

const bookingsWith = [
  'booking.patient',
  'booking.address_service',
  'booking.presence',
  'booking.confirmation',
  'address_service.public_insurance_flow',
];
const bookingWith = ['booking.moving', 'address_service.public_insurance_flow'];

export function bookingRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const bookingsPath = '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/bookings';
  const serviceOf = (booking: BookingRecord) =>
    state.world.addressServices.find((service) => service.id === booking.addressServiceId);

  app.get(bookingsPath, (c) => {
    const extensions = readExtensions(c.req.url, bookingsWith);
    const address = doctorAddress(state.world, c.req.param());
    const { start, end } = readDateRange(c.req.url);
    const page = readPage(c.req.url);
    // A visit belongs to the range when it overlaps it, so a calendar's edges show whole visits.
    const inRange = state.world.bookings.filter(
      (booking) =>
        booking.addressId === address.id &&
        booking.startAt.epochMilliseconds <= end.epochMilliseconds &&
        booking.endAt.epochMilliseconds > start.epochMilliseconds,
    );
    const render = (booking: BookingRecord) =>
      bookingWire(booking, address, serviceOf(booking), { single: false, extensions });
    if (!page) return ok({ _items: inRange.map(render) });
    const from = (page.page - 1) * page.limit;
    const pages = Math.max(1, Math.ceil(inRange.length / page.limit));
    return ok({
      _items: inRange.slice(from, from + page.limit).map(render),
      page: page.page,
      limit: page.limit,
      pages,
      total: inRange.length,
      _links: pageLinks(c.req.url, { ...page, pages }),
    });
  });

  app.get(`${bookingsPath}/:bookingId`, (c) => {
    const extensions = readExtensions(c.req.url, bookingWith);
    const { address, booking } = addressBooking(
      state.world,
      c.req.param(),
      c.req.param('bookingId'),
    );
    return ok(bookingWire(booking, address, serviceOf(booking), { single: true, extensions }));
  });

  return app;
}
