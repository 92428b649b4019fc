// `POST /api/visits/:id/{presence,confirm,cancel,move}` and `GET /api/visits/:id/free-slots`:
// acting on a visit. A doctor acts on their own visits only, reception and admin on all (403
// otherwise); every write needs an `Idempotency-Key` (see idempotency.ts); Docplanner's refusals
// come back as 409 conflict, 404 gone or 422 refused with its own sentence (docplanner-refusal.ts).
import { Hono, type Context as HonoContext } from 'hono';
import { z } from 'zod';
import {
  cancelRequestSchema,
  moveRequestSchema,
  presenceRequestSchema,
  type VisitActionResult,
} from '../../shared/api/visit-actions.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import type { VisitActions } from '../agenda/visit-actions.ts';
import { anyStaff, visitFor, visitRefusal } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
import type { Logger } from '../logger.ts';
import type { BookingRecord } from '../projection/booking-record.ts';
import type { Store } from '../store/store.ts';
import { apiError, upstreamFailure } from './api-error.ts';
import { docplannerRefusal } from './docplanner-refusal.ts';
import { idempotent } from './idempotency.ts';
import { readBody } from './request-body.ts';

const visitId = /^[\w-]{1,64}$/;
const freeSlotsQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(31).default(7) });

type Context = HonoContext<{ Variables: AuthVariables }>;

export function visitActionRoutes(options: {
  store: Store;
  reader: AgendaReader;
  actions: VisitActions;
  logger: Logger;
  now: () => number;
}) {
  /** The visit's booking if this user may act on it, else the answer that says why not. */
  async function bookingFor(c: Context): Promise<BookingRecord | Response> {
    const id = c.req.param('id') ?? '';
    if (!visitId.test(id)) return apiError(c, 400, 'invalid_id', 'That is not a visit id.');
    const record = await options.store.bookings.get(id);
    const refusal = visitRefusal(c.get('user')!, record);
    if (refusal) return apiError(c, ...refusal);
    // visitRefusal answers null only for a visit this user may see.
    return record as BookingRecord;
  }

  async function answer(c: Context, id: string, previousId?: string) {
    const visit = await options.reader.visit(id);
    const shown = visit && visitFor(c.get('user')!, visit);
    if (!shown) return apiError(c, 404, 'gone', 'The visit is no longer in the agenda.');
    const body: VisitActionResult = { visit: shown, ...(previousId ? { previousId } : {}) };
    return c.json(body);
  }

  function refusal(c: Context, error: unknown) {
    return docplannerRefusal(c, error, options.logger);
  }

  const write = idempotent({ store: options.store, now: options.now });

  return new Hono<{ Variables: AuthVariables }>()
    .use('*', anyStaff)
    .post('/:id/presence', write, async (c) => {
      const record = await bookingFor(c);
      if (record instanceof Response) return record;
      const body = await readBody(c, presenceRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      try {
        await options.actions.markPresence(record, body.data.presence, c.get('user')!);
      } catch (error) {
        return refusal(c, error);
      }
      return answer(c, record.id);
    })
    .post('/:id/confirm', write, async (c) => {
      const record = await bookingFor(c);
      if (record instanceof Response) return record;
      try {
        await options.actions.confirm(record, c.get('user')!);
      } catch (error) {
        return refusal(c, error);
      }
      return answer(c, record.id);
    })
    .post('/:id/cancel', write, async (c) => {
      const record = await bookingFor(c);
      if (record instanceof Response) return record;
      const body = await readBody(c, cancelRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      try {
        await options.actions.cancel(record, body.data.reason || undefined, c.get('user')!);
      } catch (error) {
        return refusal(c, error);
      }
      return answer(c, record.id);
    })
    .post('/:id/move', write, async (c) => {
      const record = await bookingFor(c);
      if (record instanceof Response) return record;
      const body = await readBody(c, moveRequestSchema);
      if (!body.ok) return apiError(c, 400, 'invalid_body', body.message);
      let newId: string;
      try {
        newId = await options.actions.move(record, body.data, c.get('user')!);
      } catch (error) {
        return refusal(c, error);
      }
      return answer(c, newId, record.id);
    })
    .get('/:id/free-slots', async (c) => {
      const record = await bookingFor(c);
      if (record instanceof Response) return record;
      const query = freeSlotsQuerySchema.safeParse(c.req.query());
      if (!query.success) {
        return apiError(c, 400, 'invalid_query', 'days: a whole number from 1 to 31.');
      }
      const fromMs = Math.max(options.now(), Date.parse(record.startAt) - 24 * 3600_000);
      const from = new Date(fromMs).toISOString();
      const to = new Date(fromMs + query.data.days * 24 * 3600_000).toISOString();
      try {
        return c.json(await options.actions.freeSlots(record, from, to));
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
    });
}
