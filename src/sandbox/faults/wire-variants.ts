// Rewrites of the outgoing wire for the `hostileContent` and `seedVariants` faults. They work on
// the JSON that leaves the sandbox (API answers and notifications), so the world stays clean and
// switching the fault off restores the faithful wire.
import type { FaultSettings } from './settings.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The callback's payment words → the seed's words for the same state (CONTRACT §15 d). */
const seedPaymentWords: Record<string, string> = {
  paid: 'successful',
  'not-paid': 'new',
  waiting_for_confirmation: 'in_progress',
  refunded: 'canceled',
  charged_back: 'failed',
};

function hostileBooking(booking: Json): void {
  const patient = booking.patient;
  if (isObject(patient) && typeof patient.name === 'string') {
    patient.name = `<script>alert(1)</script>${patient.name}`;
    if (typeof patient.surname === 'string')
      patient.surname = `${patient.surname}<img src=x onerror=alert(1)>`;
  }
  booking.comment = `<img src=x onerror=alert(1)>${typeof booking.comment === 'string' ? booking.comment : ''}`;
  // Every other video visit gets a script URL (by id, so the same visit always looks the same).
  const id = typeof booking.id === 'string' ? booking.id : '';
  const lastDigit = Number(id.at(-1) ?? 0);
  if (typeof booking.videocall_url === 'string' && lastDigit % 2 === 0) {
    booking.videocall_url = 'javascript:alert(1)';
  }
}

function seedBookingInEvent(booking: Json): void {
  if (typeof booking.duration === 'number') booking.duration = String(booking.duration);
  if (isObject(booking.address_service) && typeof booking.visit_payment === 'boolean') {
    booking.address_service.visit_payment = booking.visit_payment;
    delete booking.visit_payment;
  }
}

const bookingKeys = ['visit_booking', 'old_visit_booking', 'new_visit_booking'];

/** A notification as it leaves the sandbox under the current faults. */
export function shapeEvent<Event extends { name: string; data: Json }>(
  event: Event,
  settings: FaultSettings,
): Event {
  if (!settings.hostileContent && !settings.seedVariants) return event;
  const copy = structuredClone(event);
  for (const key of bookingKeys) {
    const booking = copy.data[key];
    if (!isObject(booking)) continue;
    if (settings.hostileContent) hostileBooking(booking);
    if (settings.seedVariants) seedBookingInEvent(booking);
  }
  if (settings.seedVariants && copy.name === 'booking-canceled') copy.name = 'booking-cancelled';
  return copy;
}

/** An API answer (a booking or `{_items: [bookings]}`) under the current faults. */
export function shapeApiBody(body: unknown, settings: FaultSettings): unknown {
  if (!settings.hostileContent && !settings.seedVariants) return body;
  const visit = (item: unknown) => {
    if (!isObject(item) || !('start_at' in item) || !('booked_at' in item)) return;
    if (settings.hostileContent) hostileBooking(item);
    if (settings.seedVariants && typeof item.visit_payment_status === 'string') {
      item.visit_payment_status =
        seedPaymentWords[item.visit_payment_status] ?? item.visit_payment_status;
    }
  };
  if (isObject(body) && Array.isArray(body._items)) body._items.forEach(visit);
  else visit(body);
  return body;
}
