import { Hono } from 'hono';
import type { VisitHistory } from '../../shared/api/visit-history.ts';
import type { BookingRefresher } from '../agenda/booking-refresher.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import { anyStaff, visitFor, visitRefusal } from '../auth/access.ts';
import type { AuthVariables } from '../auth/session-middleware.ts';
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
  /** 400/404/403 for an id this user may not use, or null. */
  async function problemWith(
    c: { get(key: 'user'): AuthVariables['user'] },
    id: string,
  ): Promise<[400 | 404, string, string] | null> {
    if (!visitId.test(id)) return [400, 'invalid_id', 'That is not a visit id.'];
    // Only visits of this facility: the reader answers null for anything else.
    return visitRefusal(c.get('user')!, await options.reader.visit(id));
  }

  return new Hono<{ Variables: AuthVariables }>()
    .use('*', anyStaff)
    .get('/:id/history', async (c) => {
      const id = c.req.param('id');
      const problem = await problemWith(c, id);
      if (problem) return apiError(c, ...problem);
      const entries = await options.store.history.of(id);
      // Visits we only know from a read of Docplanner (no slot-booked seen): say when they were
      // booked, which Docplanner does tell.
      const visit = await options.reader.visit(id);
      if (visit?.bookedAt && !entries.some((entry) => entry.event === 'slot-booked')) {
        entries.unshift({
          event: 'booked',
          occurredAt: visit.bookedAt,
          summary: 'Booked',
          facts: { kind: 'booked', start: visit.start },
        });
      }
      const body: VisitHistory = { visitId: id, entries };
      return c.json(body);
    })
    .post('/:id/refresh', async (c) => {
      const id = c.req.param('id');
      const problem = await problemWith(c, id);
      if (problem) return apiError(c, ...problem);
      try {
        await options.refresher.refresh(id);
      } catch (error) {
        return upstreamFailure(c, error, options.logger);
      }
      const visit = await options.reader.visit(id);
      return c.json({ visit: visit && visitFor(c.get('user')!, visit) });
    });
}
