// getSlots, replaceSlots, deleteSlots and bookSlot.
import { Hono } from 'hono';
import { Temporal } from 'temporal-polyfill';
import { bookSlotRequestSchema, replaceSlotsRequestSchema } from '../../shared/docplanner/slot.ts';
import { bookThroughApi } from '../agenda-changes.ts';
import { readBody } from '../http/body.ts';
import { ApiError, invalidDate } from '../http/errors.ts';
import { doctorAddress } from '../http/estate.ts';
import { readDateRange } from '../http/query.ts';
import { noContent, ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { clinicTimeZone, parseWireDateTime, toWireDateTime } from '../time.ts';
import { bookingWire } from '../wire/booking.ts';
import { addressServiceWire } from '../wire/clinic.ts';
import { publishSlots } from '../world/slot-publishing.ts';
import { clearSlots, openSlots } from '../world/slots.ts';

const maxRangeDays = 180;

export function slotRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const slotsPath = '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/slots';
  const now = () => Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());

  app.get(slotsPath, (c) => {
    const extensions = readExtensions(c.req.url, ['slot.services']);
    const address = doctorAddress(state.world, c.req.param());
    const { start, end } = readDateRange(c.req.url);
    if (end.since(start).total('hours') > maxRangeDays * 24) {
      throw new ApiError(400, `Date range must not exceed ${maxRangeDays} days`);
    }
    const slots = openSlots(state.world, { address, from: start, to: end, now: now() });
    if (slots.length === 0) throw new ApiError(404, 'No slots found on given address');
    return ok({
      _items: slots.map((slot) => ({
        start: toWireDateTime(slot.start),
        ...(extensions.has('slot.services') && {
          address_services: {
            _items: slot.services.flatMap((offered) => {
              const service = state.world.addressServices.find(
                (s) => s.id === offered.addressServiceId,
              );
              if (!service) return [];
              const wire = addressServiceWire(service, new Set());
              return [{ ...wire, duration: offered.durationMinutes }];
            }),
          },
        }),
      })),
    });
  });

  app.put(slotsPath, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const request = await readBody(c.req.raw, replaceSlotsRequestSchema);
    publishSlots(state.world, address, request, now());
    return new Response(null, { status: 201 });
  });

  app.delete(`${slotsPath}/:date`, (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const date = c.req.param('date');
    let day: Temporal.ZonedDateTime;
    try {
      day = Temporal.PlainDate.from(date).toZonedDateTime(clinicTimeZone);
    } catch {
      throw new ApiError(400, 'Invalid date given.', [`date: "${date}" is not YYYY-MM-DD`]);
    }
    clearSlots(state.world, address.id, day.toInstant(), day.add({ days: 1 }).toInstant());
    return noContent();
  });

  app.post(`${slotsPath}/:start/book`, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const startText = c.req.param('start');
    const start = parseWireDateTime(startText);
    if (!start) throw invalidDate('start', startText);
    const request = await readBody(c.req.raw, bookSlotRequestSchema);
    const booking = bookThroughApi(state, address, start, request);
    const service = state.world.addressServices.find((s) => s.id === booking.addressServiceId);
    return ok(bookingWire(booking, address, service, { single: true, extensions: new Set() }));
  });

  return app;
}
