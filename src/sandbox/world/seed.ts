// Builds the whole demo world for a seed and a moment; same seed and same week → same world.
import { weekStartOf } from '../time.ts';
import { buildAgenda } from './bookings.ts';
import {
  clinicAddresses,
  clinicAddressServices,
  clinicDoctors,
  clinicFacilities,
  servicesDictionary,
} from './clinic.ts';
import type { World } from './model.ts';
import { openingHours } from './slots.ts';

export function buildWorld(seed: number, now: Date): World {
  const doctors = clinicDoctors();
  const addresses = clinicAddresses();
  const addressServices = clinicAddressServices(addresses);
  const weekStart = weekStartOf(now);
  return {
    facilities: clinicFacilities(),
    doctors,
    addresses,
    services: servicesDictionary.map((service) => ({ ...service })),
    addressServices,
    bookings: buildAgenda({ seed, weekStart, doctors, addresses, addressServices }),
    slotRanges: openingHours(weekStart, addresses, addressServices),
    breaks: [],
    nextBookingNumber: 1,
  };
}
