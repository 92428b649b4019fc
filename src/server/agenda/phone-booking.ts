// Booking a patient who phones the clinic (issue 15): the doctor's free starts with the services
// bookable at each, and the booking itself (Docplanner `POST …/slots/{start}/book`). The booking
// Docplanner answers with is folded into the projection at once, with a history line that says
// who booked it, so every open agenda shows it before Docplanner's own notification arrives.
import type { BookableSlots, BookRequest } from '../../shared/api/phone-booking.ts';
import type { Logger } from '../logger.ts';
import { applyObservations } from '../projection/apply-observations.ts';
import type { Store } from '../store/store.ts';
import type { User } from '../store/users-table.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { inZone } from './days-in-range.ts';
import type { FacilityDirectoryReader } from './facility-directory.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { observationFromBooking } from './observation-from-booking.ts';
import { RequestRefusedError } from './request-refused.ts';

export function createPhoneBooking(options: {
  api: DocplannerApi;
  store: Store;
  directory: FacilityDirectoryReader;
  logger: Logger;
  timeZone: string;
  /** Tells the live stream that the projection changed. */
  onChanged: () => void;
  now?: () => number;
}) {
  const { api, store } = options;
  const now = options.now ?? Date.now;

  async function placeOf(doctorId: string, addressId: string) {
    const directory = await options.directory.get();
    const address = directory.addresses.find(
      (candidate) => candidate.id === addressId && candidate.doctorId === doctorId,
    );
    if (!address) throw new RequestRefusedError('This doctor does not receive at that address.');
    return {
      directory,
      place: { facilityId: directory.facility.id, doctorId, addressId },
    };
  }

  return {
    /** Free starts of every address of the doctor in [fromMs, toMs), from now on. */
    async bookableSlots(doctorId: string, fromMs: number, toMs: number): Promise<BookableSlots> {
      const directory = await options.directory.get();
      const addresses = directory.addresses.filter((address) => address.doctorId === doctorId);
      const nowMs = now();
      const perAddress = await mapWithConcurrency(addresses, 4, async (address) => {
        const slots = await api.getSlots(
          { facilityId: directory.facility.id, doctorId, addressId: address.id },
          inZone(Math.max(fromMs, nowMs), options.timeZone),
          inZone(toMs, options.timeZone),
        );
        return slots.flatMap((slot) => {
          const startMs = Date.parse(slot.start);
          if (startMs < nowMs || startMs >= toMs) return [];
          return [
            {
              doctorId,
              addressId: address.id,
              start: new Date(startMs).toISOString(),
              services: (slot.address_services?._items ?? []).map((service) => ({
                id: String(service.id),
                name: directory.serviceNames.get(String(service.id)) ?? service.name,
                minutes: Number(service.duration ?? 30) || 30,
              })),
            },
          ];
        });
      });
      return {
        slots: perAddress
          .flat()
          .sort(
            (a, b) =>
              Date.parse(a.start) - Date.parse(b.start) || (a.addressId < b.addressId ? -1 : 1),
          ),
      };
    },

    /** Books the patient; returns the new visit's id. */
    async book(request: BookRequest, actor: User): Promise<string> {
      const { place } = await placeOf(request.doctorId, request.addressId);
      const services = await api.getAddressServices(place);
      const service = services.find((candidate) => String(candidate.id) === request.serviceId);
      if (!service) throw new RequestRefusedError('That service is not offered at this address.');
      const { patient } = request;
      const booking = await api.bookSlot(
        place,
        inZone(Date.parse(request.start), options.timeZone),
        {
          address_service_id: request.serviceId,
          duration: Number(service.duration ?? 30) || 30,
          patient: {
            name: patient.name,
            surname: patient.surname,
            phone: patient.phone,
            ...(patient.email ? { email: patient.email } : {}),
          },
          ...(request.comment ? { comment: request.comment } : {}),
        },
      );
      const readAtMs = now();
      const nowIso = new Date(readAtMs).toISOString();
      await store.transaction(async () => {
        await applyObservations(store, [observationFromBooking(booking, place, readAtMs)], nowIso);
        await store.history.add(
          {
            bookingId: booking.id,
            event: 'slot-booked',
            occurredAt: nowIso,
            summary: `Booked by phone by ${actor.displayName}`,
            facts: { kind: 'booked-by-phone', staff: actor.displayName, start: booking.start_at },
          },
          actor.displayName,
        );
        await store.changes.record(booking.id, nowIso);
      });
      options.onChanged();
      options.logger.info(
        { bookingId: booking.id, doctorId: place.doctorId, by: actor.username },
        'patient booked by phone',
      );
      return booking.id;
    },
  };
}
export type PhoneBooking = ReturnType<typeof createPhoneBooking>;
