// The one way the SPA talks to our BFF: a single ky instance on `/api/`, every answer parsed with
// the shared zod schemas, every failure turned into an `ApiRequestError` a person can read.
import ky, { isHTTPError, isNetworkError, isTimeoutError, SchemaValidationError } from 'ky';
import { type Agenda, agendaSchema } from '../../shared/api/agenda.ts';
import { csrfHeader } from '../../shared/api/auth.ts';
import { apiErrorSchema } from '../../shared/api/error.ts';
import { type Settings, settingsSchema } from '../../shared/api/settings.ts';
import { type VisitHistory, visitHistorySchema } from '../../shared/api/visit-history.ts';
import { csrfToken } from './csrf.ts';
import type { InstantRange } from './facility-time.ts';
import { t } from './i18n/messages.ts';
import { offlineCopyHeader } from './offline/offline-copies.ts';
import { noteAnswer } from './offline/offline-state.ts';
import { serverErrorText } from './server-error-text.ts';

export type ApiFailureKind = 'unreachable' | 'timeout' | 'server' | 'invalid-response';

/**
 * A failed call to our API, with a sentence a doctor can read (`message`), in the page's language:
 * the server's error code's message when the catalog has one, else the server's own sentence; a
 * failure of our own (no answer, too slow) is a clause that callers put after a colon.
 */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  readonly kind: ApiFailureKind;
  /** HTTP status when the server answered. */
  readonly status: number | null;
  /** The API's own error code (`error.code`) when it sent one. */
  readonly code: string | null;

  constructor(
    message: string,
    details: {
      kind: ApiFailureKind;
      status?: number | null;
      code?: string | null;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status ?? null;
    this.code = details.code ?? null;
  }
}

let sessionEnded: (() => void) | null = null;

/** Told when the server answers 401: the session is over (idle, or signed out elsewhere). */
export function onSessionEnded(handler: (() => void) | null): void {
  sessionEnded = handler;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one configured client of our API, used by every feature: same origin (the BFF serves the
 * SPA and /api; the page's own address is given so every runtime resolves `/api/…` alike), the
 * session's CSRF token on every state-changing request, and a 401 ends the session in the page.
 */
export const apiHttp = ky.create({
  prefix: '/api/',
  baseUrl: globalThis.location?.href,
  timeout: 15_000,
  retry: { limit: 1, methods: ['get'] },
  headers: { accept: 'application/json' },
  hooks: {
    beforeRequest: [
      ({ request }) => {
        const token = csrfToken();
        if (token && !safeMethods.has(request.method)) request.headers.set(csrfHeader, token);
      },
    ],
    afterResponse: [
      ({ response }) => {
        if (response.status === 401) sessionEnded?.();
        // The service worker's copy (the server could not be reached) says when it was received.
        if (response.ok) noteAnswer(response.headers.get(offlineCopyHeader));
      },
    ],
  },
});
const api = apiHttp;

/** Turns whatever ky or zod threw into an `ApiRequestError`. */
export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  if (isHTTPError(error)) {
    const status = error.response.status;
    const body = apiErrorSchema.safeParse(error.data);
    if (body.success) {
      const text = serverErrorText(body.data.error, error.response.headers.get('retry-after'));
      return new ApiRequestError(text, {
        kind: 'server',
        status,
        code: body.data.error.code,
        cause: error,
      });
    }
    return new ApiRequestError(t('api.failure.http', { status }), {
      kind: 'server',
      status,
      cause: error,
    });
  }
  if (isTimeoutError(error)) {
    return new ApiRequestError(t('api.failure.timeout'), {
      kind: 'timeout',
      cause: error,
    });
  }
  if (error instanceof SchemaValidationError) {
    return new ApiRequestError(t('api.failure.invalidResponse'), {
      kind: 'invalid-response',
      cause: error,
    });
  }
  if (isNetworkError(error) || error instanceof TypeError) {
    return new ApiRequestError(t('api.failure.unreachable'), {
      kind: 'unreachable',
      cause: error,
    });
  }
  return new ApiRequestError(t('api.failure.unknown'), {
    kind: 'unreachable',
    cause: error,
  });
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

export interface FetchAgendaOptions {
  /** Re-read the range from Docplanner even when the server synced it recently. */
  refresh?: boolean;
}

/** `GET /api/agenda?from&to`: the visits, doctors and addresses of one range. */
export function fetchAgenda(
  range: InstantRange,
  signal?: AbortSignal,
  options: FetchAgendaOptions = {},
): Promise<Agenda> {
  const searchParams: Record<string, string> = { from: range.from, to: range.to };
  if (options.refresh) searchParams.refresh = '1';
  return call(() => api.get('agenda', { searchParams, signal }).json(agendaSchema));
}

/** `GET /api/settings`: join window, reminder and payment settings, the server's clock. */
export function fetchSettings(signal?: AbortSignal): Promise<Settings> {
  return call(() => api.get('settings', { signal }).json(settingsSchema));
}

/** `GET /api/visits/:id/history`: what Docplanner told us about one visit, oldest first. */
export function fetchVisitHistory(visitId: string, signal?: AbortSignal): Promise<VisitHistory> {
  return call(() =>
    api.get(`visits/${encodeURIComponent(visitId)}/history`, { signal }).json(visitHistorySchema),
  );
}
