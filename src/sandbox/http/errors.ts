// Docplanner's error wire: `application/vnd.error+docplanner+json`, `{ errors, message }`, with
// the exact messages of the spec's examples where one exists.
import { errorMediaType } from '../../shared/docplanner/common.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 415 | 422 | 429 | 500;

/** Thrown anywhere in a route; the app's error handler turns it into the error response. */
export class ApiError extends Error {
  readonly status: ErrorStatus;
  readonly errors: string[] | Record<string, string[]>;

  constructor(
    status: ErrorStatus,
    message: string,
    errors: string[] | Record<string, string[]> = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
  }
}

export function errorResponse(error: ApiError): Response {
  return new Response(JSON.stringify({ errors: error.errors, message: error.message }), {
    status: error.status,
    headers: { 'Content-Type': errorMediaType },
  });
}

export const notFound = () => new ApiError(404, 'Object not found');

export const invalidDate = (param: string, value: string) =>
  new ApiError(400, 'Invalid date given.', [
    `${param}: "${value}" is not an ISO 8601 date-time with a UTC offset (send it URL-encoded: + as %2B, : as %3A)`,
  ]);
