// Docplanner's refusals of a write, as answers the agenda can show: 409 when the time is taken,
// 404 when the visit (or time) is gone, 422 when Docplanner found the change invalid, each with
// Docplanner's own sentence when it sent one. Anything else is an upstream failure.
import type { Context } from 'hono';
import { isHTTPError } from 'ky';
import { errorBodySchema } from '../../shared/docplanner/common.ts';
import { RequestRefusedError } from '../agenda/request-refused.ts';
import type { Logger } from '../logger.ts';
import { apiError, upstreamFailure } from './api-error.ts';

export function docplannerRefusal(
  c: Context,
  error: unknown,
  logger: Logger,
  /** A booking's 404 means its time is no longer free: a conflict, not a gone visit. */
  notFoundMeans: 'gone' | 'taken' = 'gone',
  /** What a 404 says is gone. */
  subject = 'visit or time',
) {
  if (error instanceof RequestRefusedError) return apiError(c, 422, 'refused', error.message);
  if (isHTTPError(error)) {
    const status = error.response.status;
    const said = docplannerMessage(error);
    if (notFoundMeans === 'taken' && (status === 404 || status === 409)) {
      // Docplanner's sentence names the slot in its wire form; the desk needs the gist.
      logger.info({ status, said }, 'Docplanner refused the time: taken');
      return apiError(
        c,
        409,
        'conflict',
        'That time is no longer free: someone booked it first. Pick another time.',
      );
    }
    if (status === 409) {
      return apiError(
        c,
        409,
        'conflict',
        `Docplanner refused: ${said ?? 'that time is taken'}. Pick another time.`,
      );
    }
    if (status === 404) {
      return apiError(
        c,
        404,
        'gone',
        `Docplanner no longer has this ${subject}${said ? ` (${said})` : ''}.`,
      );
    }
    if (status === 400 || status === 422) {
      return apiError(c, 422, 'refused', `Docplanner refused: ${said ?? 'invalid change'}.`);
    }
  }
  return upstreamFailure(c, error, logger);
}

/** Docplanner's own sentence from an error answer, if it sent one (ky has read the body). */
function docplannerMessage(error: { data: unknown }): string | undefined {
  const parsed = errorBodySchema.safeParse(error.data);
  return parsed.success && parsed.data.message ? parsed.data.message : undefined;
}
