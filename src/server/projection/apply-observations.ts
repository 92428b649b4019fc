// Folds observations into the projection inside the caller's transaction, recording a change for
// each booking that really changed (and only those: a duplicate leaves no trace).
import type { Store } from '../store/store.ts';
import type { BookingObservation } from './booking-record.ts';
import { mergeBooking } from './merge-booking.ts';

/** Returns how many bookings changed. */
export function applyObservations(
  store: Store,
  observations: readonly BookingObservation[],
  nowIso: string,
): number {
  let changed = 0;
  for (const given of observations) {
    const observation = withInheritedLink(store, given);
    const existing = store.bookings.get(observation.id);
    const merged = mergeBooking(existing, observation);
    if (merged === existing) continue;
    store.bookings.put(merged);
    store.changes.record(merged.id, nowIso);
    changed++;
  }
  return changed;
}

/** The video link survives a move (Docplanner keeps it stable): take it from the old booking. */
function withInheritedLink(store: Store, observation: BookingObservation): BookingObservation {
  if (observation.videocallUrl || !observation.movedFrom) return observation;
  const origin = store.bookings.get(observation.movedFrom);
  return origin?.videocallUrl ? { ...observation, videocallUrl: origin.videocallUrl } : observation;
}
