import { Hono } from 'hono';
import type { VisitHistory } from '../../shared/api/visit-history.ts';
import type { AgendaReader } from '../agenda/read-agenda.ts';
import type { Store } from '../store/store.ts';
import { apiError } from './api-error.ts';

export function visitRoutes(options: { store: Store; reader: AgendaReader }) {
  return new Hono().get('/:id/history', async (c) => {
    const id = c.req.param('id');
    if (!/^[\w-]{1,64}$/.test(id)) return apiError(c, 400, 'invalid_id', 'That is not a visit id.');
    // Only visits of this facility: the reader answers null for anything else.
    if (!(await options.reader.visit(id))) {
      return apiError(c, 404, 'not_found', 'No such visit in this clinic.');
    }
    const body: VisitHistory = { visitId: id, entries: options.store.history.of(id) };
    return c.json(body);
  });
}
