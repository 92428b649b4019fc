// The board's rows: each prepaid visit with its badge kind at `nowMs` (from the shared rule),
// the counts per kind, and the filters and sorting reception uses.
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { type PaymentWindowSettings, paymentView } from '../../../shared/domain/payment-window.ts';
import { activeIntlTag, t } from '../../lib/i18n/messages.ts';
import { type PaymentBadgeKind, paymentBadgeKind } from '../../ui/PaymentBadge.tsx';

export interface PaymentRow {
  visit: Visit;
  kind: PaymentBadgeKind;
  /** When the patient must have paid, while they still may. */
  deadlineMs: number | null;
  startMs: number;
  doctorName: string;
}

export type SortKey = 'date' | 'state' | 'doctor';
export type SortDirection = 'asc' | 'desc';

export interface PaymentFilters {
  /** Kinds shown; empty shows all. */
  kinds: readonly PaymentBadgeKind[];
  doctorId: string | null;
  /** A day (`YYYY-MM-DD`, facility zone) or null for the whole range. */
  day: string | null;
}

/** Most urgent first: what reception must act on before what is settled. */
export const kindOrder: readonly PaymentBadgeKind[] = [
  'awaiting',
  'in-progress',
  'verifying',
  'failed',
  'unknown',
  'cancelled-unpaid',
  'refunded',
  'paid-window-passed',
  'paid-confirmed',
];

export function doctorName(doctor: AgendaDoctor | undefined): string {
  return doctor ? `${doctor.name} ${doctor.surname}`.trim() : t('payments.doctor.unknown');
}

export function paymentRows(
  visits: Iterable<Visit>,
  doctors: readonly AgendaDoctor[],
  nowMs: number,
  settings: PaymentWindowSettings,
): PaymentRow[] {
  const doctorsById = new Map(doctors.map((doctor) => [doctor.id, doctor]));
  const rows: PaymentRow[] = [];
  for (const visit of visits) {
    const view = paymentView(visit, nowMs, settings);
    if (!view) continue;
    rows.push({
      visit,
      kind: paymentBadgeKind(view),
      deadlineMs:
        view.state === 'awaiting' || view.state === 'in-progress' ? view.deadlineMs : null,
      startMs: Date.parse(visit.start),
      doctorName: doctorName(doctorsById.get(visit.doctorId)),
    });
  }
  return rows;
}

export function countByKind(rows: readonly PaymentRow[]): Map<PaymentBadgeKind, number> {
  const counts = new Map<PaymentBadgeKind, number>(kindOrder.map((kind) => [kind, 0]));
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  return counts;
}

export function filterRows(
  rows: readonly PaymentRow[],
  filters: PaymentFilters,
  dayOf: (row: PaymentRow) => string,
): PaymentRow[] {
  return rows.filter(
    (row) =>
      (filters.kinds.length === 0 || filters.kinds.includes(row.kind)) &&
      (filters.doctorId === null || row.visit.doctorId === filters.doctorId) &&
      (filters.day === null || dayOf(row) === filters.day),
  );
}

// Names sort as the page's language sorts them (Ł after L in Polish, Č after C in Czech).
let collation: { tag: string; collator: Intl.Collator } | null = null;
function collator(): Intl.Collator {
  const tag = activeIntlTag();
  if (collation?.tag !== tag) collation = { tag, collator: new Intl.Collator(tag) };
  return collation.collator;
}

export function sortRows(
  rows: readonly PaymentRow[],
  by: SortKey,
  direction: SortDirection,
): PaymentRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byDate = (a: PaymentRow, b: PaymentRow) =>
    a.startMs - b.startMs || a.visit.id.localeCompare(b.visit.id);
  const compare = (a: PaymentRow, b: PaymentRow): number => {
    switch (by) {
      case 'date':
        return sign * byDate(a, b);
      case 'doctor':
        return sign * collator().compare(a.doctorName, b.doctorName) || byDate(a, b);
      case 'state':
        return (
          sign * (kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind)) ||
          (a.deadlineMs ?? Number.POSITIVE_INFINITY) - (b.deadlineMs ?? Number.POSITIVE_INFINITY) ||
          byDate(a, b)
        );
    }
  };
  return [...rows].sort(compare);
}
