// What a visit looks like the moment a person acts on it, before Docplanner has answered: the
// agenda shows this at once and puts the visit back as it was if Docplanner refuses.
import type { Visit } from '../../../shared/api/visit.ts';
import type { VisitActionRequest } from './visit-actions-api.ts';

export function optimisticVisit(visit: Visit, request: VisitActionRequest): Visit {
  switch (request.action) {
    case 'presence':
      return { ...visit, presence: request.body.presence };
    case 'confirm':
      return { ...visit, confirmed: true };
    case 'cancel':
      return { ...visit, status: 'canceled' };
    case 'move': {
      const startMs = Date.parse(request.body.start);
      const lengthMs = Date.parse(visit.end) - Date.parse(visit.start);
      return {
        ...visit,
        start: new Date(startMs).toISOString(),
        end: new Date(startMs + lengthMs).toISOString(),
      };
    }
  }
}

/** The first half of a move once Docplanner made it: hidden, the new booking shows instead. */
export function movedAway(visit: Visit, newId: string): Visit {
  return { ...visit, status: 'canceled', movedTo: newId };
}
