// Realistic `slot-booked` notifications for the BFF rows, built with the test fixtures: distinct
// booking ids, the sandbox clinic's doctors and addresses (so the agenda shows them), spread over
// a week (07:00–21:00, every day), links on most online visits, prepaid at the paying addresses.
import { Temporal } from 'temporal-polyfill';
import { notification, visitBooking } from '../fixtures/notifications.ts';

/** The sandbox's demo clinic (src/sandbox/README.md): facility 139878, four doctors. */
const facility = { id: '139878', name: 'Medical Clinic "Test"' };
const doctors = [
  { id: '100101', name: 'Anna', surname: 'Kowalska', paying: '200201' },
  { id: '100102', name: 'Piotr', surname: 'Nowak', paying: '200202' },
  { id: '100103', name: 'Katarzyna', surname: 'Wiśniewska', paying: '200103' },
  { id: '100104', name: 'Tomasz', surname: 'Wójcik', paying: '' },
];
const places = doctors.flatMap((doctor, index) =>
  [`20010${index + 1}`, `20020${index + 1}`].map((addressId) => ({
    doctor: { id: doctor.id, name: doctor.name, surname: doctor.surname },
    address: {
      id: addressId,
      name: addressId.startsWith('2002') ? 'Medical Clinic "Test" online' : facility.name,
    },
    online: addressId.startsWith('2002'),
    paying: doctor.paying === addressId,
  })),
);
const patients = ['Jan Kowalski', 'Maria Zielińska', 'Adam Lewandowski', 'Ewa Dąbrowska'].map(
  (full) => {
    const [name, surname] = full.split(' ');
    return { name: name!, surname: surname! };
  },
);

export const facilityTimeZone = 'Europe/Warsaw';

/** The agenda week the SPA opens on: this Monday 00:00 until next Monday, with offsets. */
export function currentWeek(timeZone = facilityTimeZone) {
  const today = Temporal.Now.plainDateISO(timeZone);
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  const at = (date: Temporal.PlainDate) =>
    date.toZonedDateTime({ timeZone }).toString({ timeZoneName: 'never' });
  return { monday, from: at(monday), to: at(monday.add({ weeks: 1 })) };
}

export interface BookingSeries {
  /** Monday of the first week. */
  firstMonday: Temporal.PlainDate;
  /** Bookings per week; booking `perWeek` is the first of the following week. */
  perWeek: number;
  /** Booking ids are `String(idBase + index)`: numeric, like Docplanner's, and distinct. */
  idBase: number;
  /** When the bookings were made (and the notifications created), ISO with offset. */
  bookedAt: string;
  timeZone?: string;
}

export function bookingId(series: BookingSeries, index: number): string {
  return String(series.idBase + index);
}

/** The JSON body of the `index`-th booking's `slot-booked` notification. */
export function slotBookedBody(series: BookingSeries, index: number): string {
  const timeZone = series.timeZone ?? facilityTimeZone;
  const week = Math.floor(index / series.perWeek);
  const inWeek = index % series.perWeek;
  const place = places[inWeek % places.length]!;
  const day = Math.floor(inWeek / places.length) % 7;
  const slot = Math.floor(inWeek / (places.length * 7));
  // Each address's day holds its share of the week back to back from 07:00 (5–30 minutes each).
  const slotsPerDay = Math.ceil(series.perWeek / (places.length * 7));
  const minutes = Math.min(30, Math.max(5, Math.floor((14 * 60) / slotsPerDay)));
  const start = series.firstMonday
    .add({ weeks: week, days: day })
    .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('07:00') })
    .add({ minutes: slot * minutes });
  const end = start.add({ minutes });
  const id = bookingId(series, index);
  const patient = patients[index % patients.length]!;
  const online = place.online && Math.floor(index / places.length) % 2 === 0;
  return JSON.stringify(
    notification('slot-booked', series.bookedAt, {
      facility,
      doctor: place.doctor,
      address: place.address,
      visit_booking: visitBooking({
        id,
        start_at: start.toString({ timeZoneName: 'never' }),
        end_at: end.toString({ timeZoneName: 'never' }),
        duration: minutes,
        booked_at: series.bookedAt,
        address_service: online
          ? { id: `${place.address.id}2`, name: 'online consultation', price: 150 }
          : { id: `${place.address.id}1`, name: 'Regular Visit', price: 150 },
        patient: { ...patient, phone: '+48123123123', email: 'patient@example.com' },
        comment: index % 3 === 0 ? 'Follow-up after lab results' : '',
        ...(place.online && index % 4 !== 3
          ? { videocall_url: `https://video.docplanner.example/room/${id}-a1b2c3` }
          : {}),
        ...(place.paying ? { visit_payment: true } : {}),
      }),
    }),
  );
}
