// Folds observations into the projection inside the caller's transaction, recording a change for
// each booking that really changed (and only those: a duplicate leaves no trace).
import type { Store } from '../store/store.ts';
import type { BookingObservation } from './booking-record.ts';
import { mergeBooking } from './merge-booking.ts';

/** Returns how many bookings changed. */
export async function applyObservations(
  store: Store,
  observations: readonly BookingObservation[],
  nowIso: string,
): Promise<number> {
  let changed = 0;
  for (const given of observations) {
    const observation = await withInheritedLink(store, given);
    const existing = await store.bookings.get(observation.id);
    const merged = mergeBooking(existing, observation);
    if (merged === existing) continue;
    await store.bookings.put(merged);
    await store.changes.record(merged.id, nowIso);
    changed++;
  }
  return changed;
}

/** The video link survives a move (Docplanner keeps it stable): take it from the old booking. */
async function withInheritedLink(
  store: Store,
  observation: BookingObservation,
): Promise<BookingObservation> {
  if (observation.videocallUrl || !observation.movedFrom) return observation;
  const origin = await store.bookings.get(observation.movedFrom);
  return origin?.videocallUrl ? { ...observation, videocallUrl: origin.videocallUrl } : observation;
}
