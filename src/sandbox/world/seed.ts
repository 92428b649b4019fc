// Builds the whole demo world for a seed and a moment; same seed and same week → same world, but
// for the demo doctor's two video visits in the hours after that moment.
import { Temporal } from 'temporal-polyfill';
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
    bookings: buildAgenda({
      seed,
      weekStart,
      doctors,
      addresses,
      addressServices,
      now: Temporal.Instant.fromEpochMilliseconds(now.getTime()),
    }),
    slotRanges: openingHours(weekStart, addresses, addressServices),
    breaks: [],
    nextBookingNumber: 1,
  };
}
