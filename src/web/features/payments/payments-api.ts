// The calls of the payments board that the shared api client does not make yet: re-reading one
// booking from Docplanner (`POST /api/visits/:id/refresh`). The agenda itself comes through
// lib/api-client's `fetchAgenda`.
import ky from 'ky';
import { z } from 'zod';
import { type Visit, visitSchema } from '../../../shared/api/visit.ts';
import { toApiRequestError } from '../../lib/api-client.ts';

/** `POST /api/visits/:id/refresh` answer: the visit as Docplanner has it now. */
const refreshedVisitSchema = z.object({ visit: visitSchema });

// Same settings as lib/api-client's instance (same origin, `/api/`, parsed with shared schemas).
const api = ky.create({
  prefix: '/api/',
  baseUrl: globalThis.location?.href,
  timeout: 30_000,
  retry: 0,
  headers: { accept: 'application/json' },
});

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
