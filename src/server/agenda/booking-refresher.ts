// Re-reads one booking from Docplanner (GET booking) and folds it into the projection: the
// payments board's "refresh", and the check at the end of a payment window.
import type { Logger } from '../logger.ts';
import { applyObservations } from '../projection/apply-observations.ts';
import type { Store } from '../store/store.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { observationFromBooking } from './observation-from-booking.ts';

export function createBookingRefresher(options: {
  api: DocplannerApi;
  store: Store;
  logger: Logger;
  onChanged: () => void;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  return {
    /** Returns false when the booking is not known here. */
    async refresh(bookingId: string): Promise<boolean> {
      const record = await options.store.bookings.get(bookingId);
      if (!record) return false;
      const place = {
        facilityId: record.facilityId,
        doctorId: record.doctorId,
        addressId: record.addressId,
      };
      const booking = await options.api.getBooking(place, bookingId);
      const readAtMs = now();
      const changed = await options.store.transaction(() =>
        applyObservations(
          options.store,
          [observationFromBooking(booking, place, readAtMs)],
          new Date(readAtMs).toISOString(),
        ),
      );
      if (changed > 0) options.onChanged();
      return true;
    },
  };
}
export type BookingRefresher = ReturnType<typeof createBookingRefresher>;
