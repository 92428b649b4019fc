// Acting on a visit through Docplanner (issue 15): mark presence, confirm, cancel, move. Each
// write goes to Docplanner first; then the booking is read back and folded into the projection,
// so the agenda and every open page (the live stream) show it at once, and the visit's history
// gets a line that says who did it. Docplanner's notification of the same change follows later
// and finds nothing new.

import { Temporal } from 'temporal-polyfill';
import type { FreeSlots } from '../../shared/api/visit-actions.ts';
import type { HistoryFacts } from '../../shared/api/visit-history.ts';
import { clinicTimeWords } from '../../shared/domain/clinic-time-words.ts';
import type { Logger } from '../logger.ts';
import { applyObservations } from '../projection/apply-observations.ts';
import type {
  BookingObservation,
  BookingPlace,
  BookingRecord,
} from '../projection/booking-record.ts';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users-table.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { observationFromBooking } from './observation-from-booking.ts';
import { RequestRefusedError } from './request-refused.ts';

export interface VisitActionsOptions {
  api: DocplannerApi;
  store: Store;
  logger: Logger;
  timeZone: string;
  /** Tells the live stream that the projection changed. */
  onChanged: () => void;
  now?: () => number;
}

function placeOf(record: BookingRecord): BookingPlace {
  return { facilityId: record.facilityId, doctorId: record.doctorId, addressId: record.addressId };
}

/** Docplanner's wire form of an instant: seconds and the clinic's offset. */
function wireTime(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export function createVisitActions(options: VisitActionsOptions) {
  const { api, store } = options;
  const now = options.now ?? Date.now;

  /** Reads the booking back from Docplanner and folds it (and a history line) in. */
  async function readBack(
    place: BookingPlace,
    bookingId: string,
    line?: { event: string; summary: string; facts: HistoryFacts; actor: User },
    /** What the booking's wire does not say, e.g. that it is now confirmed. */
    extra: Partial<BookingObservation> = {},
  ): Promise<void> {
    const booking = await api.getBooking(place, bookingId);
    const readAtMs = now();
    const nowIso = new Date(readAtMs).toISOString();
    await store.transaction(async () => {
      await applyObservations(
        store,
        // At the moment of the read, not rounded to Docplanner's second: our own read after our
        // own write is the newest word, even on a correction made within the same second.
        [{ ...observationFromBooking(booking, place, readAtMs), atMs: readAtMs, ...extra }],
        nowIso,
      );
      if (line) {
        await store.history.add(
          {
            bookingId,
            event: line.event,
            occurredAt: nowIso,
            summary: line.summary,
            facts: line.facts,
          },
          line.actor.displayName,
        );
        await store.changes.record(bookingId, nowIso);
      }
    });
    options.onChanged();
  }

  function clock(instant: string): string {
    return clinicTimeWords(instant, options.timeZone);
  }

  return {
    async markPresence(record: BookingRecord, presence: 'present' | 'absent', actor: User) {
      await api.markPresence(placeOf(record), record.id, presence);
      const words = presence === 'present' ? 'Patient arrived' : 'No-show';
      await readBack(placeOf(record), record.id, {
        event: 'presence-marked',
        summary: `${words} — marked by ${actor.displayName}`,
        facts: { kind: presence === 'present' ? 'arrived' : 'no-show', staff: actor.displayName },
        actor,
      });
    },

    async confirm(record: BookingRecord, actor: User) {
      await api.confirmBooking(placeOf(record), record.id, 'admin');
      await readBack(
        placeOf(record),
        record.id,
        {
          event: 'booking-confirmed',
          summary: `Confirmed by ${actor.displayName}`,
          facts: { kind: 'confirmed', staff: actor.displayName },
          actor,
        },
        { confirmed: true },
      );
    },

    async cancel(record: BookingRecord, reason: string | undefined, actor: User) {
      await api.cancelBooking(placeOf(record), record.id, reason);
      await readBack(placeOf(record), record.id, {
        event: 'booking-canceled',
        summary: reason
          ? `Cancelled by ${actor.displayName} — “${reason}” (sent to the patient)`
          : `Cancelled by ${actor.displayName}`,
        facts: {
          kind: 'cancelled',
          staff: actor.displayName,
          ...(reason ? { reason } : {}),
        },
        actor,
      });
    },

    /** Returns the new booking's id: Docplanner gives a moved visit a new one. */
    async move(
      record: BookingRecord,
      target: { start: string; addressId?: string | undefined; serviceId?: string | undefined },
      actor: User,
    ): Promise<string> {
      const serviceId = target.serviceId ?? record.details.service?.id;
      if (!serviceId) throw new MissingServiceError();
      const moved = await api.moveBooking(placeOf(record), record.id, {
        address_service_id: serviceId,
        start: wireTime(target.start, options.timeZone),
        ...(target.addressId && target.addressId !== record.addressId
          ? { address_id: target.addressId }
          : {}),
      });
      const newPlace = { ...placeOf(record), addressId: target.addressId ?? record.addressId };
      const summary = `Moved from ${clock(record.startAt)} to ${clock(moved.start_at)} by ${actor.displayName}`;
      const readAtMs = now();
      const nowIso = new Date(readAtMs).toISOString();
      await store.transaction(async () => {
        await applyObservations(
          store,
          [{ ...observationFromBooking(moved, newPlace, readAtMs), movedFrom: record.id }],
          nowIso,
        );
        for (const id of [record.id, moved.id]) {
          await store.history.add(
            {
              bookingId: id,
              event: 'booking-moved',
              occurredAt: nowIso,
              summary,
              facts: {
                kind: 'moved',
                staff: actor.displayName,
                from: record.startAt,
                to: moved.start_at,
              },
            },
            actor.displayName,
          );
        }
      });
      // The old booking is cancelled by the move: read it back too.
      await readBack(placeOf(record), record.id);
      return moved.id;
    },

    /** Free starts of the visit's address in [from, to], with the services bookable at each. */
    async freeSlots(record: BookingRecord, from: string, to: string): Promise<FreeSlots> {
      const slots = await api.getSlots(
        placeOf(record),
        wireTime(from, options.timeZone),
        wireTime(to, options.timeZone),
      );
      const nowMs = now();
      return {
        slots: slots.flatMap((slot) => {
          const startMs = Date.parse(slot.start);
          if (startMs < nowMs) return [];
          const services = slot.address_services?._items ?? [];
          const minutes = services[0]?.duration ?? 30;
          return [
            {
              addressId: record.addressId,
              doctorId: record.doctorId,
              start: new Date(startMs).toISOString(),
              end: new Date(startMs + Number(minutes) * 60_000).toISOString(),
              serviceIds: services.map((service) => String(service.id)),
            },
          ];
        }),
      };
    },
  };
}
export type VisitActions = ReturnType<typeof createVisitActions>;

export class MissingServiceError extends RequestRefusedError {
  constructor() {
    super('The visit has no service to move it with.');
  }
}
