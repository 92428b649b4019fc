// Our `/api` speaks one error shape (shared/api/error.ts). Upstream failures become a sentence
// a receptionist can act on; details go to the log with ids only.

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isHTTPError, isNetworkError, isTimeoutError, SchemaValidationError } from 'ky';
import type { ApiError } from '../../shared/api/error.ts';
import { FacilityNotFoundError } from '../agenda/facility-directory.ts';
import type { Logger } from '../logger.ts';

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: Record<string, string[]>,
) {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}

/** Maps a failure while talking to Docplanner to an answer for the browser. */
export function upstreamFailure(c: Context, error: unknown, logger: Logger) {
  if (error instanceof FacilityNotFoundError) {
    logger.error({ err: error.message }, 'facility not found upstream');
    return apiError(c, 502, 'facility_not_found', error.message);
  }
  if (isHTTPError(error)) {
    const status = error.response.status;
    logger.warn({ status, url: error.request.url }, 'Docplanner answered with an error');
    if (status === 429) {
      return apiError(
        c,
        503,
        'upstream_rate_limited',
        'Docplanner asked us to slow down. Try again in a minute.',
      );
    }
    if (status === 401 || status === 403) {
      return apiError(
        c,
        502,
        'upstream_refused',
        'Docplanner refused our credentials for this facility. Ask an administrator to check the Docplanner integration settings.',
      );
    }
    return apiError(
      c,
      502,
      'upstream_error',
      `Docplanner answered with an error (HTTP ${status}). Try again in a moment.`,
    );
  }
  if (isTimeoutError(error) || isNetworkError(error)) {
    logger.warn({ err: String(error) }, 'Docplanner did not answer');
    return apiError(
      c,
      502,
      'upstream_unavailable',
      'Docplanner did not answer. Try again in a moment.',
    );
  }
  if (error instanceof SchemaValidationError) {
    logger.error({ issues: error.issues.slice(0, 5) }, 'Docplanner sent data we do not understand');
    return apiError(
      c,
      502,
      'upstream_invalid',
      'Docplanner sent data we could not read. The problem has been logged.',
    );
  }
  throw error;
}
