// The mapping screen's calls: read every doctor's addresses and services with the checks, and
// save one calendar name or one service mapping. All through the one API client (CSRF included).
import { type Mapping, mappingSchema } from '../../../shared/api/mapping.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';

/** `GET /api/mapping`. */
export async function fetchMapping(signal?: AbortSignal): Promise<Mapping> {
  try {
    return await apiHttp.get('mapping', { signal }).json(mappingSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

/** `PUT /api/mapping/calendars/:addressId`; `null` removes our name. */
export async function saveCalendarName(
  addressId: string,
  calendarName: string | null,
): Promise<void> {
  try {
    await apiHttp.put(`mapping/calendars/${encodeURIComponent(addressId)}`, {
      json: { calendarName },
    });
  } catch (error) {
    throw toApiRequestError(error);
  }
}

/**
 * `PUT /api/mapping/services/:addressServiceId`. Both parts are always sent: the server stores
 * the pair, so a rename must not forget the online mark shown beside it.
 */
export async function saveServiceMapping(
  addressServiceId: string,
  mapping: { ourServiceName: string | null; online: boolean },
): Promise<void> {
  try {
    await apiHttp.put(`mapping/services/${encodeURIComponent(addressServiceId)}`, {
      json: mapping,
    });
  } catch (error) {
    throw toApiRequestError(error);
  }
}
