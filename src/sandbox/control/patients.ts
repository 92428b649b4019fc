// `/_sandbox/marketplace/book` and `/_sandbox/bookings/{id}/…`: a Docplanner patient acts now,
// and the notification the real API would send goes out.
import { Hono } from 'hono';
import { z } from 'zod';
import { addressOf, cancelBooking, changePayment, moveBooking } from '../agenda-changes.ts';
import { ApiError } from '../http/errors.ts';
import { patientBooksSlot } from '../marketplace/patient-actions.ts';
import type { SandboxState } from '../state.ts';
import { parseWireDateTime, toWireDateTime } from '../time.ts';
import type { BookingRecord } from '../world/model.ts';
import { readControlBody } from './body.ts';

const wireInstant = z.string().refine((text) => parseWireDateTime(text) !== null, {
  message: 'expected an ISO 8601 date-time with an offset, e.g. 2026-11-24T10:00:00+01:00',
});

const bookSchema = z.strictObject({
  addressId: z.string().optional(),
  start: wireInstant.optional(),
  online: z.boolean().optional(),
  prepaid: z.boolean().optional(),
});
const cancelSchema = z.strictObject({ by: z.enum(['user', 'doctor']).optional() });
const moveSchema = z.strictObject({
  start: wireInstant.optional(),
  addressId: z.string().optional(),
});
const paymentSchema = z.strictObject({
  status: z.enum(['paid', 'waiting_for_confirmation', 'not-paid', 'refunded', 'charged_back']),
});

export function controlPatientRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const booking = (id: string): BookingRecord => {
    const found = state.world.bookings.find((candidate) => candidate.id === id);
    if (!found) throw new ApiError(404, 'Object not found', [`No booking ${id}`]);
    return found;
  };

  app.post('/marketplace/book', async (c) => {
    const wish = await readControlBody(
      c.req.raw,
      bookSchema,
      'Send {addressId?, start?, online?: boolean, prepaid?: boolean}',
    );
    const start = wish.start ? (parseWireDateTime(wish.start) ?? undefined) : undefined;
    const booked = patientBooksSlot(state, { ...wish, start });
    const address = addressOf(state, booked);
    return Response.json(
      {
        bookingId: booked.id,
        addressId: address.id,
        doctorId: address.doctorId,
        facilityId: address.facilityId,
        start: toWireDateTime(booked.startAt),
        visitPayment: booked.visitPayment,
        videocallUrl: booked.videocallUrl,
      },
      { status: 201 },
    );
  });

  app.post('/bookings/:id/cancel', async (c) => {
    const { by } = await readControlBody(c.req.raw, cancelSchema, 'Send {by?: "user"|"doctor"}');
    const target = booking(c.req.param('id'));
    if (target.status !== 'booked')
      throw new ApiError(409, 'The visit has already been canceled or moved');
    cancelBooking(state, target, by ?? 'user');
    return Response.json({ bookingId: target.id, status: target.status });
  });

  app.post('/bookings/:id/move', async (c) => {
    const wish = await readControlBody(c.req.raw, moveSchema, 'Send {start?, addressId?}');
    const target = booking(c.req.param('id'));
    const address = wish.addressId
      ? state.world.addresses.find((candidate) => candidate.id === wish.addressId)
      : addressOf(state, target);
    if (!address) throw new ApiError(404, 'Object not found', [`No address ${wish.addressId}`]);
    // Keep the service when the visit stays at its address, else the new address's first one.
    const service =
      address.id === target.addressId
        ? target.addressServiceId
        : state.world.addressServices.find((candidate) => candidate.addressId === address.id)?.id;
    if (!service) throw new ApiError(422, `Address ${address.id} offers no service`);
    const startAt = wish.start ?? toWireDateTime(target.startAt.add({ hours: 24 }));
    const moved = moveBooking(
      state,
      target,
      { address, request: { address_service_id: service, start: startAt } },
      'user',
    );
    return Response.json({ newBookingId: moved.id, start: toWireDateTime(moved.startAt) });
  });

  app.post('/bookings/:id/payment', async (c) => {
    const { status } = await readControlBody(
      c.req.raw,
      paymentSchema,
      'Send {status: "paid"|"waiting_for_confirmation"|"not-paid"|"refunded"|"charged_back"}',
    );
    const target = booking(c.req.param('id'));
    changePayment(state, target, status);
    return Response.json({ bookingId: target.id, status });
  });

  return app;
}
