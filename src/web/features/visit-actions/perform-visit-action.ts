// One action on a visit, optimistic: the agenda changes at once, then holds what Docplanner
// answered, or goes back to what it was (and the caller shows why) when Docplanner refuses.
import type { Visit } from '../../../shared/api/visit.ts';
import type { VisitActionResult } from '../../../shared/api/visit-actions.ts';
import { movedAway, optimisticVisit } from './optimistic-visit.ts';
import { sendVisitAction, type VisitActionRequest } from './visit-actions-api.ts';

/** Puts one visit into the agenda as given (replacing the one with its id). */
export type ApplyVisit = (visit: Visit) => void;

export async function performVisitAction(
  visit: Visit,
  request: VisitActionRequest,
  applyVisit: ApplyVisit,
): Promise<VisitActionResult> {
  applyVisit(optimisticVisit(visit, request));
  let result: VisitActionResult;
  try {
    result = await sendVisitAction(visit.id, request);
  } catch (error) {
    applyVisit(visit);
    throw error;
  }
  if (result.previousId) applyVisit(movedAway(visit, result.visit.id));
  applyVisit(result.visit);
  return result;
}

/** The first words of the message when Docplanner (or the network) says no. */
export function failureLead(request: VisitActionRequest): string {
  switch (request.action) {
    case 'presence':
      return request.body.presence === 'present'
        ? 'The arrival was not saved'
        : 'The no-show was not saved';
    case 'confirm':
      return 'The visit was not confirmed';
    case 'cancel':
      return 'The visit was not cancelled';
    case 'move':
      return 'The visit was not moved';
  }
}
