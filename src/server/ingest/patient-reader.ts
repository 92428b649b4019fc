// A notification that names no patient (`patient: null`, a variant the seed allows) leaves the
// booking without a name: read it from Docplanner at once (GET booking, with its patient), and
// again a little later when Docplanner cannot answer, until it does or says the booking is gone.
import { isHTTPError } from 'ky';
import type { BookingRefresher } from '../agenda/booking-refresher.ts';
import type { Logger } from '../logger.ts';

/** Waits before each new try after a failed read. */
const defaultRetryDelaysMs = [1_000, 5_000, 30_000, 120_000, 600_000];

export function createPatientReader(options: {
  refresher: Pick<BookingRefresher, 'refresh'>;
  logger: Logger;
  retryDelaysMs?: readonly number[];
}) {
  const delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const reading = new Set<string>();

  async function attempt(bookingId: string, tries: number): Promise<void> {
    try {
      await options.refresher.refresh(bookingId);
      reading.delete(bookingId);
    } catch (error) {
      if (isHTTPError(error) && error.response.status === 404) {
        options.logger.warn({ bookingId }, 'booking named without a patient is gone on Docplanner');
        reading.delete(bookingId);
        return;
      }
      const delay = delays[tries];
      if (delay === undefined) {
        options.logger.error(
          { bookingId, err: String(error) },
          'could not read the patient of a booking; the next sync of its range will',
        );
        reading.delete(bookingId);
        return;
      }
      options.logger.warn(
        { bookingId, retryInMs: delay },
        'could not read the patient of a booking yet',
      );
      setTimeout(() => void attempt(bookingId, tries + 1), delay).unref?.();
    }
  }

  return {
    /** Reads the booking with its patient, retrying on failure; once at a time per booking. */
    read(bookingId: string): Promise<void> {
      if (reading.has(bookingId)) return Promise.resolve();
      reading.add(bookingId);
      return attempt(bookingId, 0);
    },
  };
}
export type PatientReader = ReturnType<typeof createPatientReader>;
