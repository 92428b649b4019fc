// A doctor's breaks through our BFF (`/api/breaks`). Each change carries an Idempotency-Key made
// once per action: a retry after a network drop acts once.
import {
  type AddBreakRequest,
  type Break,
  type Breaks,
  breakSchema,
  breaksSchema,
  type MoveBreakRequest,
} from '../../../shared/api/breaks.ts';
import { idempotencyKeyHeader } from '../../../shared/api/visit-actions.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';
import type { InstantRange } from '../../lib/facility-time.ts';

// Safe to send again with the same key; never on a refusal (409, 4xx).
const retry = (method: string) => ({
  limit: 2,
  methods: [method],
  statusCodes: [408, 502, 503, 504],
});

export async function fetchBreaks(range: InstantRange, signal?: AbortSignal): Promise<Breaks> {
  try {
    return await apiHttp
      .get('breaks', { searchParams: { from: range.from, to: range.to }, signal })
      .json(breaksSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

export async function sendAddBreak(request: AddBreakRequest, key: string): Promise<Break> {
  try {
    return await apiHttp
      .post('breaks', {
        headers: { [idempotencyKeyHeader]: key },
        json: request,
        retry: retry('post'),
      })
      .json(breakSchema);
  } catch (error) {
    throw toApiRequestError(error);
  }
}

export async function sendMoveBreak(
  pause: Pick<Break, 'id' | 'addressId'>,
  request: MoveBreakRequest,
  key: string,
): Promise<Break> {
  try {
    return await apiHttp
      .patch(`breaks/${encodeURIComponent(pause.addressId)}/${encodeURIComponent(pause.id)}`, {
        headers: { [idempotencyKeyHeader]: key },
        json: request,
        retry: retry('patch'),
      })
      .json(breakSchema);
  } catch (error) {
    throw toApiRequestError(error);
  }
}

export async function sendDeleteBreak(
  pause: Pick<Break, 'id' | 'addressId'>,
  key: string,
): Promise<void> {
  try {
    await apiHttp.delete(
      `breaks/${encodeURIComponent(pause.addressId)}/${encodeURIComponent(pause.id)}`,
      { headers: { [idempotencyKeyHeader]: key }, retry: retry('delete') },
    );
  } catch (error) {
    throw toApiRequestError(error);
  }
}
