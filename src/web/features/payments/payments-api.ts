// The calls of the payments board that the shared api client does not make yet: re-reading one
// booking from Docplanner (`POST /api/visits/:id/refresh`). The agenda itself comes through
// lib/api-client's `fetchAgenda`.
import { z } from 'zod/mini';
import { type Visit, visitSchema } from '../../../shared/api/visit.ts';
import { apiHttp as api, toApiRequestError } from '../../lib/api-client.ts';

/** `POST /api/visits/:id/refresh` answer: the visit as Docplanner has it now. */
const refreshedVisitSchema = z.object({ visit: visitSchema });

export async function refreshVisit(visitId: string): Promise<Visit> {
  try {
    const body = await api
      .post(`visits/${encodeURIComponent(visitId)}/refresh`)
      .json(refreshedVisitSchema);
    return body.visit;
  } catch (error) {
    throw toApiRequestError(error);
  }
}
