// The slots Docplanner holds for the facility's doctors in a range, for the agenda's background
// layer (purple tint for online addresses).
import type { SlotsLayer } from '../../shared/api/online-hours.ts';
import { inZone } from '../agenda/days-in-range.ts';
import type { FacilityDirectoryReader } from '../agenda/facility-directory.ts';
import { mapWithConcurrency } from '../agenda/map-with-concurrency.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

export function createSlotsLayer(options: {
  api: DocplannerApi;
  directory: FacilityDirectoryReader;
  timeZone: string;
}) {
  return {
    async read(
      fromMs: number,
      toMs: number,
      doctorIds: ReadonlySet<string> | null,
    ): Promise<SlotsLayer> {
      const directory = await options.directory.get();
      const addresses = directory.addresses.filter(
        (address) => doctorIds === null || doctorIds.has(address.doctorId),
      );
      const perAddress = await mapWithConcurrency(addresses, 4, async (address) => {
        const slots = await options.api.getSlots(
          { facilityId: directory.facility.id, doctorId: address.doctorId, addressId: address.id },
          inZone(fromMs, options.timeZone),
          inZone(toMs, options.timeZone),
        );
        return slots.map((slot) => {
          const durations = (slot.address_services?._items ?? []).map((s) => s.duration ?? 30);
          const minutes = durations.length > 0 ? Math.min(...durations) : 30;
          return {
            addressId: address.id,
            doctorId: address.doctorId,
            start: slot.start,
            end: inZone(Date.parse(slot.start) + minutes * 60_000, options.timeZone),
            online: address.isOnlineOnly,
          };
        });
      });
      return { slots: perAddress.flat() };
    },
  };
}
export type SlotsLayerReader = ReturnType<typeof createSlotsLayer>;
