// The demo agenda: ~40 visits in the week that contains "now" (Mon–Fri, 08:00–18:00), a few in
// the weeks either side, online ones with a video room every weekday, some paid, some canceled;
// and, whatever the day and hour the sandbox starts, two video visits of the demo doctor in the
// next hours, so a visitor can always try Join.
import { Temporal } from 'temporal-polyfill';
import { deriveSeed, type Random, seededRandom } from '../random.ts';
import type {
  AddressRecord,
  AddressServiceRecord,
  BookedBy,
  BookingRecord,
  DoctorRecord,
} from './model.ts';
import { randomPatient } from './patients.ts';

export interface AgendaInput {
  seed: number;
  /** Monday 00:00, Europe/Warsaw, of the week that contains "now". */
  weekStart: Temporal.ZonedDateTime;
  doctors: DoctorRecord[];
  addresses: AddressRecord[];
  addressServices: AddressServiceRecord[];
  /** When the sandbox starts: the demo doctor's next video visits are placed after it. */
  now?: Temporal.Instant;
}

/** The id counter of the visits placed near "now" (the rest of the week counts from 001). */
const nearNowFirstNumber = 901;

/** Whether a demo booking is one of the video visits placed in the hours after the start. */
export function isNearNowDemoVisit(booking: Pick<BookingRecord, 'id'>): boolean {
  return /9\d\d$/.test(booking.id);
}

/** Visits start on a half-hour grid and last at most 30 minutes, so a doctor never overlaps. */
const firstStartMinutes = 8 * 60;
const halfHourStarts = 20; // 08:00 … 17:30
const videoRoomBase = 'https://video.sandbox.docplanner.local/room/';

const comments = [
  'Proszę o kontakt telefoniczny przed wizytą.',
  'Wizyta kontrolna po leczeniu.',
  'Pierwsza wizyta, proszę o dłuższy termin.',
  'Wyniki badań prześlę mailem.',
  'Ból gardła od trzech dni.',
];

const paymentStatusesOfUpcomingVisits = [
  'new',
  'in_progress',
  'successful',
  'paid',
  'failed',
  'waiting_for_confirmation',
];

export function buildAgenda(input: AgendaInput): BookingRecord[] {
  const weekKey = input.weekStart.toPlainDate().toString().replaceAll('-', '').slice(2);
  const random = seededRandom(deriveSeed(input.seed, `agenda:${weekKey}`));
  const bookings: BookingRecord[] = [];
  const nextId = () => `${weekKey}${String(bookings.length + 1).padStart(3, '0')}`;

  for (const weekOffset of [-1, 0, 1]) {
    for (let weekday = 0; weekday < 5; weekday += 1) {
      const day = input.weekStart.add({ days: weekOffset * 7 + weekday });
      input.doctors.forEach((doctor, doctorIndex) => {
        const count = weekOffset === 0 ? random.int(1, 3) : random.int(0, 1);
        // One doctor a day always has a booked online visit, so every weekday shows a video call.
        const mustHaveOnlineVisit =
          weekOffset === 0 && doctorIndex === weekday % input.doctors.length;
        const starts = pickStarts(random, Math.max(count, mustHaveOnlineVisit ? 1 : 0));
        starts.forEach((startMinutes, visitIndex) => {
          const forced = mustHaveOnlineVisit && visitIndex === 0;
          bookings.push(
            visit(random, input, {
              id: nextId(),
              doctor,
              start: day.add({ minutes: startMinutes }),
              online: forced || random.chance(0.35),
              canBeCanceled: !forced,
              isPast: weekOffset < 0,
            }),
          );
        });
      });
    }
  }
  const all = input.now ? withVideoVisitsSoon(bookings, input, weekKey, input.now) : bookings;
  return all.sort((a, b) => a.startAt.epochMilliseconds - b.startAt.epochMilliseconds);
}

/**
 * The demo doctor's two next video visits: one starting within the hour (Join opens minutes
 * before), one two hours later, both on the half-hour grid; the doctor's visits they would overlap make way. Their own random
 * stream, so the rest of the week stays what the seed and the week make it.
 */
function withVideoVisitsSoon(
  bookings: BookingRecord[],
  input: AgendaInput,
  weekKey: string,
  now: Temporal.Instant,
): BookingRecord[] {
  const doctor = input.doctors[0];
  if (!doctor) return bookings;
  const random = seededRandom(deriveSeed(input.seed, `soon:${weekKey}`));
  // On the half-hour grid the rest of the agenda keeps, so free times stay whole: the first mark
  // at least a quarter of an hour away (Join opens minutes before), and two hours after it.
  const halfHour = 30 * 60_000;
  const first = Math.ceil((now.epochMilliseconds + 15 * 60_000) / halfHour) * halfHour;
  // Paid where the address takes payment: the visit to try Join on reads plainly.
  const soon = [0, 120].map((minutes, index) => ({
    ...visit(random, input, {
      id: `${weekKey}${nearNowFirstNumber + index}`,
      doctor,
      start: Temporal.Instant.fromEpochMilliseconds(first)
        .add({ minutes })
        .toZonedDateTimeISO(input.weekStart.timeZoneId),
      online: true,
      canBeCanceled: false,
      isPast: false,
    }),
    ...(input.addresses.find((a) => a.doctorId === doctor.id && a.isOnlineOnly)?.visitPayment
      ? { visitPaymentStatus: 'paid' }
      : {}),
  }));
  const doctorAddresses = new Set(
    input.addresses.filter((address) => address.doctorId === doctor.id).map((a) => a.id),
  );
  const overlaps = (booking: BookingRecord) =>
    doctorAddresses.has(booking.addressId) &&
    soon.some(
      (near) =>
        booking.startAt.epochMilliseconds < near.endAt.epochMilliseconds &&
        near.startAt.epochMilliseconds < booking.endAt.epochMilliseconds,
    );
  return [...bookings.filter((booking) => !overlaps(booking)), ...soon];
}

function pickStarts(random: Random, count: number): number[] {
  const free = Array.from({ length: halfHourStarts }, (_, index) => index);
  const chosen: number[] = [];
  for (let taken = 0; taken < count; taken += 1) {
    const [slot] = free.splice(random.int(0, free.length - 1), 1);
    chosen.push(firstStartMinutes + (slot ?? 0) * 30);
  }
  return chosen.sort((a, b) => a - b);
}

interface VisitPlan {
  id: string;
  doctor: DoctorRecord;
  start: Temporal.ZonedDateTime;
  online: boolean;
  canBeCanceled: boolean;
  isPast: boolean;
}

function visit(random: Random, input: AgendaInput, plan: VisitPlan): BookingRecord {
  const address = input.addresses.find(
    (candidate) => candidate.doctorId === plan.doctor.id && candidate.isOnlineOnly === plan.online,
  );
  if (!address)
    throw new Error(
      `Doctor ${plan.doctor.id} has no ${plan.online ? 'online' : 'in-person'} address`,
    );
  const offered = input.addressServices.filter((service) => service.addressId === address.id);
  const service = random.pick(offered);
  const start = plan.start.toInstant();
  const end = start.add({ minutes: service.durationMinutes });
  const bookedAt = start.subtract({ minutes: random.int(60 * 24, 60 * 24 * 14) });
  const canceled = plan.canBeCanceled && random.chance(0.12);
  const bookedBy: BookedBy = random.pick(['user', 'user', 'user', 'doctor', 'integration']);
  const canceledAt = canceled ? bookedAt.add({ minutes: random.int(30, 60 * 20) }) : null;
  return {
    id: plan.id,
    addressId: address.id,
    addressServiceId: service.id,
    status: canceled ? 'canceled' : 'booked',
    startAt: start,
    endAt: end,
    bookedBy,
    bookedAt,
    canceledBy: canceled ? random.pick(['user', 'doctor'] as const) : '',
    canceledAt,
    patient: randomPatient(random),
    comment: random.chance(0.4) ? random.pick(comments) : null,
    presence: plan.isPast && !canceled ? (random.chance(0.85) ? 'present' : 'absent') : null,
    visitPayment: address.visitPayment,
    visitPaymentStatus: address.visitPayment ? paymentStatus(random, canceled, plan.isPast) : null,
    videocallUrl: address.isOnlineOnly ? videoRoom(random) : null,
    confirmed: random.chance(0.5),
    originBookingId: plan.id,
    newestBookingId: plan.id,
  };
}

function paymentStatus(random: Random, canceled: boolean, isPast: boolean): string {
  if (canceled) return random.pick(['failed', 'canceled']);
  if (isPast) return random.pick(['successful', 'paid']);
  return random.pick(paymentStatusesOfUpcomingVisits);
}

export function videoRoom(random: Random): string {
  const uuid = `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`;
  return `${videoRoomBase}${uuid}`;
}
