// Booking a patient who phones, through our BFF. The booking carries an Idempotency-Key made
// once per press of "Book": a retry after a network drop books once.
import {
  type BookableSlots,
  type BookRequest,
  bookableSlotsSchema,
} from '../../../shared/api/phone-booking.ts';
import {
  idempotencyKeyHeader,
  type VisitActionResult,
  visitActionResultSchema,
} from '../../../shared/api/visit-actions.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';

/** `GET /api/bookings/free-slots`: the doctor's free starts in [from, to), every address. */
export async function fetchBookableSlots(
  query: { doctorId: string; from: string; to: string },
  signal?: AbortSignal,
): Promise<BookableSlots> {
  try {
    return await apiHttp
      .get('bookings/free-slots', { searchParams: query, signal })
      .json(bookableSlotsSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
}

/** `POST /api/bookings`: the new visit as the agenda shows it. */
export async function sendBooking(request: BookRequest, key: string): Promise<VisitActionResult> {
  try {
    return await apiHttp
      .post('bookings', {
        headers: { [idempotencyKeyHeader]: key },
        json: request,
        // Safe to send again with the same key; never on a refusal (409, 4xx).
        retry: { limit: 2, methods: ['post'], statusCodes: [408, 502, 503, 504] },
        timeout: 20_000,
      })
      .json(visitActionResultSchema);
  } catch (error) {
    throw toApiRequestError(error);
  }
}
