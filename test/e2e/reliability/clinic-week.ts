// The demo clinic's week as the reliability tests book it: its in-person addresses, the
// sandbox's day in the clinic's zone, round-the-clock slots published through Docplanner's API,
// and a booker of visits in them.
import { Temporal } from 'temporal-polyfill';
import { control, sandboxToken } from './harness.ts';

/** The demo clinic (src/sandbox/README.md): each doctor's in-person address and its 30′ visit. */
export const demoFacilityId = '139878';
const inPersonAddresses = [
  { doctorId: '100101', addressId: '200101' },
  { doctorId: '100102', addressId: '200102' },
  { doctorId: '100103', addressId: '200103' },
  { doctorId: '100104', addressId: '200104' },
] as const;
export const clinicTimeZone = 'Europe/Warsaw';

/** Midnight of the sandbox's today in the clinic's zone, plus `days`. */
export async function sandboxDay(sandboxUrl: string, days = 0): Promise<Temporal.ZonedDateTime> {
  const { now } = await control<{ now: string }>(sandboxUrl, 'GET', '/clock');
  return Temporal.Instant.from(now).toZonedDateTimeISO(clinicTimeZone).startOfDay().add({ days });
}

export function wireDateTime(time: Temporal.ZonedDateTime): string {
  return time.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * The seeded clinic has about 270 free slots in the ten days a patient can book, too few for
 * 1,000 bookings. Like a clinic would, publish round-the-clock 30′ slots through Docplanner's API
 * (`PUT …/slots`) at every in-person address from tomorrow on: 48 a day per doctor.
 */
export async function openRoundTheClockSlots(sandboxUrl: string, days = 7): Promise<void> {
  const token = await sandboxToken(sandboxUrl);
  const tomorrow = await sandboxDay(sandboxUrl, 1);
  for (const { doctorId, addressId } of inPersonAddresses) {
    const slots = Array.from({ length: days }, (_, index) => {
      const day = tomorrow.add({ days: index });
      return {
        start: wireDateTime(day),
        end: wireDateTime(day.add({ days: 1 })),
        address_services: [{ address_service_id: `${addressId}1`, duration: 30 }],
      };
    });
    const response = await fetch(
      `${sandboxUrl}/api/v3/integration/facilities/${demoFacilityId}/doctors/${doctorId}/addresses/${addressId}/slots`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ slots }),
      },
    );
    if (!response.ok) {
      throw new Error(`PUT slots of ${addressId}: ${response.status} ${await response.text()}`);
    }
  }
}

/**
 * Patients book in-person visits one after the other (`/_sandbox/marketplace/book` with an exact
 * slot, prepaid off), each sending its slot-booked notification. Needs openRoundTheClockSlots
 * first. `/_sandbox/notifications/burst` would do the same in one call, but its first-fit search
 * takes over a minute for 1,000 bookings.
 */
export function createVisitBooker(sandboxUrl: string) {
  let attempt = 0;
  let tomorrow: Temporal.ZonedDateTime | undefined;
  return {
    /** Books `total` more visits; resolves with their booking ids. */
    async book(total: number): Promise<string[]> {
      tomorrow ??= await sandboxDay(sandboxUrl, 1);
      const bookingIds: string[] = [];
      for (; bookingIds.length < total; attempt++) {
        const place = inPersonAddresses[attempt % inPersonAddresses.length];
        const start = tomorrow.add({
          minutes: 30 * Math.floor(attempt / inPersonAddresses.length),
        });
        if (!place || start.epochMilliseconds >= tomorrow.add({ days: 7 }).epochMilliseconds) {
          throw new Error(`only ${bookingIds.length} of ${total} visits found a free slot`);
        }
        const response = await fetch(`${sandboxUrl}/_sandbox/marketplace/book`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            addressId: place.addressId,
            start: wireDateTime(start),
            prepaid: false,
          }),
        });
        const answer = (await response.json()) as { bookingId?: string };
        // 404: the doctor has a seeded visit then; try the next slot.
        if (response.status === 201 && answer.bookingId) bookingIds.push(answer.bookingId);
        else if (response.status !== 404) throw new Error(`book: ${response.status}`);
      }
      return bookingIds;
    },
  };
}
