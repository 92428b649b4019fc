// One action on a visit, optimistic: the agenda changes at once, then holds what Docplanner
// answered, or goes back to what it was (and the caller shows why) when Docplanner refuses.
import type { Visit } from '../../../shared/api/visit.ts';
import type { VisitActionResult } from '../../../shared/api/visit-actions.ts';
import { t } from '../../lib/i18n/messages.ts';
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

/** What to say when Docplanner (or the network) says no: what did not happen, then `reason`. */
export function failureText(request: VisitActionRequest, reason: string): string {
  switch (request.action) {
    case 'presence':
      return request.body.presence === 'present'
        ? t('visit-actions.failed.arrived', { reason })
        : t('visit-actions.failed.noShow', { reason });
    case 'confirm':
      return t('visit-actions.failed.confirm', { reason });
    case 'cancel':
      return t('visit-actions.failed.cancel', { reason });
    case 'move':
      return t('visit-actions.failed.move', { reason });
  }
}
