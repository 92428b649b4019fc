import { Hono } from 'hono';
import type { VisitHistory } from '../../shared/api/visit-history.ts';
import type { BookingRefresher } from '../agenda/booking-refresher.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { apiError, upstreamFailure } from './api-error.ts';

const visitId = /^[\w-]{1,64}$/;

export function visitRoutes(options: {
  store: Store;
  reader: AgendaReader;
  refresher: BookingRefresher;
  logger: Logger;
}) {
  return new Hono()
    .get('/:id/history', async (c) => {
      const id = c.req.param('id');
      if (!visitId.test(id)) return apiError(c, 400, 'invalid_id', 'That is not a visit id.');
      // Only visits of this facility: the reader answers null for anything else.
      if (!(await options.reader.visit(id))) {
        return apiError(c, 404, 'not_found', 'No such visit in this clinic.');
      }
      const body: VisitHistory = { visitId: id, entries: options.store.history.of(id) };
      return c.json(body);
    })
    .post('/:id/refresh', async (c) => {
      const id = c.req.param('id');
      if (!visitId.test(id)) return apiError(c, 400, 'invalid_id', 'That is not a visit id.');
      if (!(await options.reader.visit(id))) {
        return apiError(c, 404, 'not_found', 'No such visit in this clinic.');
      }
      try {
        await options.refresher.refresh(id);
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
      return c.json({ visit: await options.reader.visit(id) });
    });
}
