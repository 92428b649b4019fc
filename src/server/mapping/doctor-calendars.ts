// A doctor's Docplanner addresses with their services and whether each service is online, as the
// hours routing needs them (the mapping's online flags included).
import type { Mapping } from '../../shared/api/mapping.ts';
import type { RoutableAddress } from '../../shared/domain/online-hours-routing.ts';

export function routableAddresses(mapping: Mapping, doctorId: string): RoutableAddress[] | null {
  const entry = mapping.doctors.find((candidate) => candidate.doctor.id === doctorId);
  if (!entry) return null;
  return [entry.regular, entry.online, ...entry.others]
    .filter((address) => address !== null)
    .map((address) => ({
      id: address.id,
      isOnlineOnly: address.isOnlineOnly,
      services: address.services
        .filter((service) => service.duration !== null && service.duration > 0)
        .map((service) => ({
          addressServiceId: service.addressServiceId,
          duration: service.duration as number,
          online: service.online,
        })),
    }));
}
