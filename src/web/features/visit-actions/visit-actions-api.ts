// Acting on a visit through our BFF (issue 15). Every write carries an Idempotency-Key made once
// per action: when the network drops, ky sends the same request again with the same key and the
// server answers from the first attempt instead of acting twice.
import {
  type FreeSlots,
  freeSlotsSchema,
  idempotencyKeyHeader,
  type MoveRequest,
  type VisitActionResult,
  visitActionResultSchema,
} from '../../../shared/api/visit-actions.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';
import { newIdempotencyKey } from '../../lib/idempotency-key.ts';

/** What one action sends: the path after `visits/:id/` and its body, if any. */
export type VisitActionRequest =
  | { action: 'presence'; body: { presence: 'present' | 'absent' } }
  | { action: 'confirm' }
  | { action: 'cancel'; body: { reason?: string } }
  | { action: 'move'; body: MoveRequest };

export async function sendVisitAction(
  visitId: string,
  request: VisitActionRequest,
  key: string = newIdempotencyKey(),
): Promise<VisitActionResult> {
  try {
    return await apiHttp
      .post(`visits/${encodeURIComponent(visitId)}/${request.action}`, {
        headers: { [idempotencyKeyHeader]: key },
        ...('body' in request ? { json: request.body } : {}),
        // Safe to send again: the key makes the server act once. Not on 409 (the first attempt
        // is still being handled, or the time is taken) nor on 4xx refusals.
        retry: { limit: 2, methods: ['post'], statusCodes: [408, 502, 503, 504] },
        timeout: 20_000,
      })
      .json(visitActionResultSchema);
  } catch (error) {
    throw toApiRequestError(error);
  }
}

/** `GET /api/visits/:id/free-slots?days=`: the times this visit can move to. */
export async function fetchFreeSlots(
  visitId: string,
  days: number,
  signal?: AbortSignal,
): Promise<FreeSlots> {
  try {
    return await apiHttp
      .get(`visits/${encodeURIComponent(visitId)}/free-slots`, {
        searchParams: { days: String(days) },
        signal,
      })
      .json(freeSlotsSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}
