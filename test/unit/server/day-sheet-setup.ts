// The server the day-sheet tests ask for `GET /api/day-sheet.csv`, and Anna's Wednesday they ask
// about: the setup of day-sheet-csv, day-sheet-clock-change and day-sheet-access tests.
import type { Role } from '../../../src/server/store/users-table.ts';
import {
  notification,
  paymentChanged,
  slotBooked,
  visitBooking,
} from '../../fixtures/notifications.ts';
import { csvObjects } from '../../support/csv.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

const annasRegular = { id: '200101', name: 'Medical Clinic "Test"' };
const piotr = {
  doctor: { id: '100102', name: 'Piotr', surname: 'Nowak' },
  address: { id: '200102', name: 'Medical Clinic "Test"' },
};

export function setup(now = '2026-11-25T08:00:00+01:00') {
  const built = buildTestApp({ clock: manualClock(Date.parse(now)) });
  async function deliver(...bodies: unknown[]) {
    for (const body of bodies) await built.store.inbox.append('push', JSON.stringify(body), 'now');
    await built.processor.processPending();
  }
  async function csv(query: string, role: Role | null = 'reception') {
    return built.request(`/api/day-sheet.csv${query}`, {}, role);
  }
  return { ...built, deliver, csv };
}

/** Anna's Wednesday: a paid video visit, an in-person visit marked arrived and confirmed, a cancelled one, and Piotr's. */
export async function annasWednesday(deliver: (...bodies: unknown[]) => Promise<void>) {
  // Each booking as every notification about it carries it.
  const arrived = visitBooking({
    id: 'b-arrived',
    start_at: '2026-11-25T09:00:00+01:00',
    end_at: '2026-11-25T09:30:00+01:00',
    patient: { name: 'Jan', surname: 'Kowalski', phone: '+48600100200', email: null },
    comment: 'Bring the X-ray, please',
  });
  const video = {
    id: 'b-video',
    start_at: '2026-11-25T08:00:00+01:00',
    end_at: '2026-11-25T08:20:00+01:00',
    visit_payment: true,
    videocall_url: 'https://v.example/r/1',
    address_service: { id: '2002012', name: 'online consultation' },
    patient: { name: 'Zofia', surname: 'Wiśniewska', phone: null, email: null },
    comment: null,
  };
  const cancelled = visitBooking({
    id: 'b-cancelled',
    start_at: '2026-11-25T11:00:00+01:00',
    end_at: '2026-11-25T11:30:00+01:00',
    patient: { name: 'Adam', surname: 'Nowicki', phone: '+48500600700', email: null },
    comment: null,
  });
  await deliver(
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: arrived,
    }),
    notification('booking-confirmed', '2026-11-21T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: arrived,
    }),
    notification('presence-marked', '2026-11-25T09:02:00+01:00', {
      address: annasRegular,
      presence: 'present',
      visit_booking: arrived,
    }),
    // Booked later but earlier in the day: the file is in time order.
    slotBooked(video, '2026-11-22T09:00:00+01:00'),
    paymentChanged(video, 'new', 'paid', '2026-11-22T09:10:00+01:00'),
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: cancelled,
    }),
    notification('booking-canceled', '2026-11-23T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: { ...cancelled, status: 'canceled', canceled_by: 'user' },
    }),
    // Thursday's and Piotr's visits are not on Anna's Wednesday.
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: visitBooking({
        id: 'b-thursday',
        start_at: '2026-11-26T09:00:00+01:00',
        end_at: '2026-11-26T09:30:00+01:00',
      }),
    }),
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      ...piotr,
      visit_booking: visitBooking({
        id: 'b-piotr',
        start_at: '2026-11-25T10:00:00+01:00',
        end_at: '2026-11-25T10:30:00+01:00',
      }),
    }),
  );
}

/** A push of a visit booked from `start` to `end` by a patient named as the visit's id. */
export function visitOf(id: string, start: string, end: string) {
  return slotBooked({
    id,
    start_at: start,
    end_at: end,
    patient: { name: id, surname: '', phone: null, email: null },
  });
}

export async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

/** The file's rows as objects by header, its BOM left off. */
export async function rowsOf(response: Response) {
  return csvObjects((await response.text()).replace(/^\uFEFF/, ''));
}
