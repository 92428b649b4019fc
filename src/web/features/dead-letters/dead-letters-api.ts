// The dead-letter screen's calls: a page of the list, one body, a replay. Through the one API
// client (CSRF included).
import {
  type DeadLetter,
  type DeadLetterList,
  deadLetterListSchema,
  deadLetterReplayedSchema,
  deadLetterSchema,
} from '../../../shared/api/dead-letters.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

/** `GET /api/admin/dead-letters`, newest first; `before` pages on. */
export function fetchDeadLetters(before?: number, signal?: AbortSignal): Promise<DeadLetterList> {
  return call(() =>
    apiHttp
      .get('admin/dead-letters', {
        signal,
        ...(before === undefined ? {} : { searchParams: { before } }),
      })
      .json(deadLetterListSchema),
  );
}

/** `GET /api/admin/dead-letters/:id`, with the body as received. */
export function fetchDeadLetter(id: number, signal?: AbortSignal): Promise<DeadLetter> {
  return call(() => apiHttp.get(`admin/dead-letters/${id}`, { signal }).json(deadLetterSchema));
}

/** `POST /api/admin/dead-letters/:id/replay`: the inbox entry it became. */
export async function replayDeadLetter(id: number): Promise<number> {
  const answer = await call(() =>
    apiHttp.post(`admin/dead-letters/${id}/replay`).json(deadLetterReplayedSchema),
  );
  return answer.inboxId;
}
