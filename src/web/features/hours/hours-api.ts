// Opening and closing hours on Docplanner (`POST /api/online-hours`), the doctor's services for
// the split-by-service fallback (`GET /api/online-hours/services`) and the slots Docplanner holds
// (`GET /api/slots`), through the one API client (CSRF included).
import { isHTTPError } from 'ky';
import {
  type HoursRequest,
  type HoursResult,
  type HoursServices,
  hoursResultSchema,
  hoursServicesSchema,
  type SlotsLayer,
  slotsLayerSchema,
} from '../../../shared/api/online-hours.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';
import type { InstantRange } from '../../lib/facility-time.ts';

/**
 * What came of a request: every day applied (200), some (207), none (502, Docplanner refused
 * each), or the server could not route it at all (422 and other errors: `message` says why).
 */
export type HoursOutcome =
  | { kind: 'applied'; result: HoursResult }
  | { kind: 'partly'; result: HoursResult }
  | { kind: 'failed'; result: HoursResult }
  | { kind: 'refused'; message: string };

export async function publishHours(request: HoursRequest): Promise<HoursOutcome> {
  try {
    const response = await apiHttp.post('online-hours', { json: request, retry: 0 });
    const result = hoursResultSchema.parse(await response.json());
    return { kind: response.status === 207 ? 'partly' : 'applied', result };
  } catch (error) {
    if (isHTTPError(error) && error.response.status === 502) {
      const result = hoursResultSchema.safeParse(error.data);
      if (result.success) return { kind: 'failed', result: result.data };
    }
    return { kind: 'refused', message: toApiRequestError(error).message };
  }
}

/** `GET /api/slots?from&to`: the slots Docplanner holds in a range. */
export async function fetchSlots(range: InstantRange, signal?: AbortSignal): Promise<SlotsLayer> {
  try {
    return await apiHttp
      .get('slots', { searchParams: { from: range.from, to: range.to }, signal })
      .json(slotsLayerSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

/** `GET /api/online-hours/services?doctorId=`: the doctor's services on both addresses. */
export async function fetchHoursServices(
  doctorId: string,
  signal?: AbortSignal,
): Promise<HoursServices> {
  try {
    return await apiHttp
      .get('online-hours/services', { searchParams: { doctorId }, signal })
      .json(hoursServicesSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}
