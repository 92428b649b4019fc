// A doctor's breaks (issue 15): read from Docplanner (`…/breaks`) for the range on screen, and
// added, moved and deleted there. They are not kept here: Docplanner is their system of record
// and the agenda reads them again whenever one changed (ours or Docplanner's notification).
import type { AddBreakRequest, Break, MoveBreakRequest } from '../../shared/api/breaks.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { inZone } from './days-in-range.ts';
import type { FacilityDirectoryReader } from './facility-directory.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { RequestRefusedError } from './request-refused.ts';

export function createDoctorBreaks(options: {
  api: DocplannerApi;
  directory: FacilityDirectoryReader;
  timeZone: string;
  /** Tells every open agenda that breaks changed. */
  onChanged: () => void;
}) {
  const { api } = options;

  async function placeOf(addressId: string) {
    const directory = await options.directory.get();
    const address = directory.addresses.find((candidate) => candidate.id === addressId);
    if (!address) throw new RequestRefusedError('The clinic has no such address.');
    return { facilityId: directory.facility.id, doctorId: address.doctorId, addressId };
  }

  const asBreak = (
    place: { doctorId: string; addressId: string },
    wire: { id: string; since: string; till: string },
  ): Break => ({
    id: String(wire.id),
    doctorId: place.doctorId,
    addressId: place.addressId,
    start: new Date(Date.parse(wire.since)).toISOString(),
    end: new Date(Date.parse(wire.till)).toISOString(),
  });

  return {
    /** The doctor of an address, to check who may change its breaks; null if unknown. */
    async doctorOf(addressId: string): Promise<string | null> {
      const directory = await options.directory.get();
      return directory.addresses.find((address) => address.id === addressId)?.doctorId ?? null;
    },

    /** Breaks overlapping [fromMs, toMs) at every address of the doctors `include` accepts. */
    async list(
      fromMs: number,
      toMs: number,
      include: (doctorId: string) => boolean,
    ): Promise<Break[]> {
      const directory = await options.directory.get();
      const addresses = directory.addresses.filter((address) => include(address.doctorId));
      const perAddress = await mapWithConcurrency(addresses, 4, async (address) => {
        const place = {
          facilityId: directory.facility.id,
          doctorId: address.doctorId,
          addressId: address.id,
        };
        const breaks = await api.getBreaks(
          place,
          inZone(fromMs, options.timeZone),
          inZone(toMs, options.timeZone),
        );
        return breaks.map((wire) => asBreak(place, wire));
      });
      return perAddress
        .flat()
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
    },

    async add(request: AddBreakRequest): Promise<Break> {
      const place = await placeOf(request.addressId);
      if (place.doctorId !== request.doctorId) {
        throw new RequestRefusedError('This doctor does not receive at that address.');
      }
      const created = await api.addBreak(place, {
        since: inZone(Date.parse(request.start), options.timeZone),
        till: inZone(Date.parse(request.end), options.timeZone),
      });
      options.onChanged();
      return asBreak(place, created);
    },

    async move(breakId: string, addressId: string, request: MoveBreakRequest): Promise<Break> {
      const place = await placeOf(addressId);
      await api.moveBreak(place, breakId, {
        since: inZone(Date.parse(request.start), options.timeZone),
        till: inZone(Date.parse(request.end), options.timeZone),
      });
      options.onChanged();
      return asBreak(place, await api.getBreak(place, breakId));
    },

    async remove(addressId: string, breakId: string): Promise<void> {
      const place = await placeOf(addressId);
      await api.deleteBreak(place, breakId);
      options.onChanged();
    },
  };
}
export type DoctorBreaks = ReturnType<typeof createDoctorBreaks>;
