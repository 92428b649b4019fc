// `GET /api/bookings/free-slots` and `POST /api/bookings`: booking a patient who phones the clinic
// into a free slot. A doctor books into their own agenda only, reception and admin into any (403
// otherwise); the booking needs an `Idempotency-Key`, so a retry after a network drop books once.
import { Hono } from 'hono';
import { bookableSlotsQuerySchema, bookRequestSchema } from '../../shared/api/phone-booking.ts';
import type { VisitActionResult } from '../../shared/api/visit-actions.ts';
import type { PhoneBooking } from '../agenda/phone-booking.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import { anyStaff, visitFor } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users-table.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { docplannerRefusal } from './docplanner-refusal.ts';
import { idempotent } from './idempotency.ts';
import { readBody } from './request-body.ts';

function mayBookFor(user: User, doctorId: string): boolean {
  return user.role !== 'doctor' || user.doctorId === doctorId;
}

export function bookingRoutes(options: {
  store: Store;
  reader: AgendaReader;
  booking: PhoneBooking;
  logger: Logger;
  now: () => number;
}) {
  return new Hono<{ Variables: AuthVariables }>()
    .use('*', anyStaff)
    .get('/free-slots', async (c) => {
      const query = bookableSlotsQuerySchema.safeParse(c.req.query());
      if (!query.success) {
        return apiError(
          c,
          400,
          'invalid_query',
          `doctorId, and from and to as ISO 8601 date-times with an offset: ${query.error.issues
            .map((issue) => issue.message)
            .join('; ')}.`,
        );
      }
      const { doctorId, from, to } = query.data;
      if (!mayBookFor(c.get('user')!, doctorId)) {
        return apiError(c, 403, 'forbidden', 'This is another doctor’s agenda.');
      }
      try {
        return c.json(
          await options.booking.bookableSlots(doctorId, Date.parse(from), Date.parse(to)),
        );
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
    })
    .post('/', idempotent({ store: options.store, now: options.now }), async (c) => {
      const body = await readBody(c, bookRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      const user = c.get('user')!;
      if (!mayBookFor(user, body.data.doctorId)) {
        return apiError(c, 403, 'forbidden', 'This is another doctor’s agenda.');
      }
      let id: string;
      try {
        id = await options.booking.book(body.data, user);
      } catch (error) {
        return docplannerRefusal(c, error, options.logger, 'taken');
      }
      const visit = await options.reader.visit(id);
      const shown = visit && visitFor(user, visit);
      if (!shown) return apiError(c, 404, 'gone', 'The visit is no longer in the agenda.');
      const answer: VisitActionResult = { visit: shown };
      return c.json(answer);
    });
}
