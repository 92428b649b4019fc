// A doctor's day as rows of plain words, the same for the printed day sheet and its CSV: time on
// the clinic's clock, patient, phone, service, online or in person, payment, presence,
// confirmation, cancelled or not, the comment. Pure, so both sides say exactly the same thing.
import { Temporal } from 'temporal-polyfill';
import type { AgendaAddress } from '../api/agenda.ts';
import type { Visit } from '../api/visit.ts';
import { type ClinicDay, isOnClinicDay } from './clinic-day.ts';
import { paymentStateLabels } from './payment-status.ts';
import { type PaymentWindowSettings, paymentView } from './payment-window.ts';

export interface DaySheetRow {
  visitId: string;
  /** ISO 8601 instants, as the visit has them. */
  start: string;
  end: string;
  /** `09:00`, `09:30` on the clinic's clock. */
  startTime: string;
  endTime: string;
  patient: string;
  /** Empty when the patient left none. */
  phone: string;
  service: string;
  visitType: 'Online (video)' | 'In person';
  address: string;
  cancelled: boolean;
  /** `Booked`, `Cancelled`, or Docplanner's own word. */
  status: string;
  payment: string;
  /** `Arrived`, `No-show`, or empty until marked. */
  presence: string;
  /** `Confirmed`, `Not confirmed`; empty for a cancelled visit. */
  confirmation: string;
  /** Empty when the visit has none. */
  comment: string;
}

export interface DaySheetContext {
  timeZone: string;
  /** Now on the server's clock: the payment words depend on it (a window still open or not). */
  nowMs: number;
  paymentWindow: PaymentWindowSettings;
  addressesById: ReadonlyMap<string, AgendaAddress>;
}

function clockTime(instant: string, timeZone: string): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

function isCancelled(status: string): boolean {
  const word = status.toLowerCase();
  return word === 'canceled' || word === 'cancelled';
}

function statusWords(status: string): string {
  if (isCancelled(status)) return 'Cancelled';
  if (status === '') return 'Unknown';
  return status.charAt(0).toUpperCase() + status.slice(1).replaceAll('_', ' ');
}

/** The payment as the desk says it. */
export function paymentWords(visit: Visit, context: DaySheetContext): string {
  const view = paymentView(visit, context.nowMs, context.paymentWindow);
  if (!view) return 'Not prepaid';
  switch (view.state) {
    case 'awaiting':
    case 'in-progress': {
      const label = paymentStateLabels[view.state];
      if (view.deadlineMs === null || view.deadlineMs <= context.nowMs) return label;
      return `${label} (pay by ${clockTime(new Date(view.deadlineMs).toISOString(), context.timeZone)})`;
    }
    case 'verifying':
      return 'Payment window over, checking with Docplanner';
    case 'paid':
      return view.how === 'confirmed' ? 'Paid online' : 'Paid (window passed, not confirmed)';
    case 'unknown':
      return view.raw ? `Payment status unknown (${view.raw})` : paymentStateLabels.unknown;
    default:
      return paymentStateLabels[view.state];
  }
}

function addressWords(address: AgendaAddress | undefined): string {
  if (!address) return 'Unknown address';
  const place = [address.street, address.city].filter(Boolean).join(', ');
  return place ? `${address.name}, ${place}` : address.name;
}

export function daySheetRow(visit: Visit, context: DaySheetContext): DaySheetRow {
  const cancelled = isCancelled(visit.status);
  return {
    visitId: visit.id,
    start: visit.start,
    end: visit.end,
    startTime: clockTime(visit.start, context.timeZone),
    endTime: clockTime(visit.end, context.timeZone),
    patient: `${visit.patient.name} ${visit.patient.surname}`.trim() || 'Unnamed patient',
    phone: visit.patient.phone ?? '',
    service: visit.service?.name ?? 'No service given',
    visitType: visit.online ? 'Online (video)' : 'In person',
    address: addressWords(context.addressesById.get(visit.addressId)),
    cancelled,
    status: statusWords(visit.status),
    payment: paymentWords(visit, context),
    presence:
      visit.presence === 'present' ? 'Arrived' : visit.presence === 'absent' ? 'No-show' : '',
    confirmation: cancelled ? '' : visit.confirmed ? 'Confirmed' : 'Not confirmed',
    comment: visit.comment?.trim() ?? '',
  };
}

/**
 * The rows of one doctor's visits that start on the clinic day `day`, in time order. The old half
 * of a moved visit is left out, as in the agenda: the new booking is a visit of its own.
 */
export function daySheetRows(
  visits: readonly Visit[],
  which: { doctorId: string; day: ClinicDay },
  context: DaySheetContext,
): DaySheetRow[] {
  return visits
    .filter(
      (visit) =>
        visit.doctorId === which.doctorId &&
        visit.movedTo === null &&
        isOnClinicDay(visit.start, which.day),
    )
    .toSorted(
      (a, b) =>
        Date.parse(a.start) - Date.parse(b.start) ||
        Date.parse(a.end) - Date.parse(b.end) ||
        a.id.localeCompare(b.id),
    )
    .map((visit) => daySheetRow(visit, context));
}
