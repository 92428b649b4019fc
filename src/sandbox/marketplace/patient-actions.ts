// What one Docplanner patient does: book a free slot, pay (or not), move, cancel. Used by the
// scenario engine and by the control API (`/_sandbox/marketplace/book`, `/_sandbox/bookings/…`).
import { Temporal } from 'temporal-polyfill';
import { bookAsPatient } from '../agenda-changes.ts';
import { ApiError } from '../http/errors.ts';
import { deriveSeed, type Random, seededRandom } from '../random.ts';
import type { SandboxState } from '../state.ts';
import type { AddressRecord, BookingRecord } from '../world/model.ts';
import { randomPatient } from '../world/patients.ts';
import { openSlots } from '../world/slots.ts';

export interface PatientBookingWish {
  addressId?: string;
  /** An exact start; without it the first free slot from now on (or a random one). */
  start?: Temporal.Instant;
  online?: boolean;
  prepaid?: boolean;
}

const patientComments = [
  'Proszę o wcześniejszy kontakt.',
  'Kontrola po zabiegu.',
  'Pierwsza wizyta.',
  null,
  null,
];

/** Addresses that fit the wish, in a stable order. */
function candidateAddresses(state: SandboxState, wish: PatientBookingWish): AddressRecord[] {
  const granted = new Set(state.world.facilities.filter((f) => f.granted).map((f) => f.id));
  return state.world.addresses.filter(
    (address) =>
      granted.has(address.facilityId) &&
      (wish.addressId === undefined || address.id === wish.addressId) &&
      (wish.online === undefined || address.isOnlineOnly === wish.online) &&
      (wish.prepaid !== true || address.visitPayment),
  );
}

/**
 * Books a free slot as a patient would. Without `random` it takes the first free slot of the
 * first fitting address (predictable for tests); with it, a random one within the next days.
 */
export function patientBooksSlot(
  state: SandboxState,
  wish: PatientBookingWish,
  random?: Random,
): BookingRecord {
  const now = Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());
  const addresses = candidateAddresses(state, wish);
  if (addresses.length === 0) {
    throw new ApiError(404, 'No address fits the request', [
      'Check addressId, online and prepaid (prepaid needs an address that takes payments)',
    ]);
  }
  const ordered = random ? shuffle(addresses, random) : addresses;
  for (const address of ordered) {
    const from = wish.start ?? now;
    const to = wish.start ?? now.add({ hours: 24 * 10 });
    const slots = openSlots(state.world, { address, from, to, now });
    const usable = slots.filter((slot) => slot.services.length > 0);
    if (usable.length === 0) continue;
    // A start is free, but a given service may not fit before the doctor's next visit (a 30′
    // visit on a 20′ step): try the candidates until one books, instead of giving up on the first.
    const candidates = random ? shuffle(usable.slice(0, 40), random) : usable;
    for (const slot of candidates.slice(0, 200)) {
      const services = random ? shuffle(slot.services, random) : slot.services;
      for (const offered of services) {
        // The control API's patient differs per booking and is the same on every run.
        const patientRandom =
          random ??
          seededRandom(deriveSeed(state.seed, `patient:${state.world.nextBookingNumber}`));
        try {
          return bookAsPatient(state, {
            address,
            start: slot.start,
            addressServiceId: offered.addressServiceId,
            durationMinutes: offered.durationMinutes,
            patient: randomPatient(patientRandom),
            comment: patientRandom.pick(patientComments),
            prepaid: wish.prepaid ?? address.visitPayment,
          });
        } catch (error) {
          if (!(error instanceof ApiError) || error.status !== 404) throw error;
        }
      }
    }
  }
  throw new ApiError(404, 'No free slot fits the request', [
    wish.start
      ? 'The start given is not a free slot of a fitting address'
      : 'Every fitting address is fully booked',
  ]);
}

function shuffle<T>(items: T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
