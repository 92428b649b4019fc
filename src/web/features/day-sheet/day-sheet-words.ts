// The day sheet's rows in the page's language. Which visits are on the sheet, and in what order,
// is the shared rule `daySheetRows` (the CSV uses it too, in the server's English); what each
// cell says is written here from the visit itself, with the catalog's words.
import type { Visit } from '../../../shared/api/visit.ts';
import type { DaySheetContext, DaySheetRow } from '../../../shared/domain/day-sheet-rows.ts';
import { paymentView } from '../../../shared/domain/payment-window.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { patientName } from '../../lib/visit-text.ts';
import { paymentBadgeKind, paymentBadgeWords } from '../../ui/PaymentBadge.tsx';

/** One row of the printed sheet, every cell in words. */
export interface SheetLine {
  visitId: string;
  cancelled: boolean;
  /** `09:00`, `09:30` on the clinic's clock. */
  startTime: string;
  endTime: string;
  patient: string;
  /** Empty when the patient left none. */
  phone: string;
  service: string;
  online: boolean;
  visitType: string;
  payment: string;
  confirmation: string;
  presence: string;
  comment: string;
}

/** The payment as the desk reads it on paper: a time, not a countdown that goes stale. */
export function sheetPayment(visit: Visit, context: DaySheetContext): string {
  const view = paymentView(visit, context.nowMs, context.paymentWindow);
  if (!view) return t('day-sheet.payment.notPrepaid');
  if (
    (view.state === 'awaiting' || view.state === 'in-progress') &&
    view.deadlineMs !== null &&
    view.deadlineMs > context.nowMs
  ) {
    const time = formatTime(new Date(view.deadlineMs).toISOString(), context.timeZone);
    return view.state === 'awaiting'
      ? t('day-sheet.payment.awaitingUntil', { time })
      : t('day-sheet.payment.payingUntil', { time });
  }
  const kind = paymentBadgeKind(view);
  if (kind === 'paid-confirmed') return t('day-sheet.payment.paidOnline');
  const words = paymentBadgeWords(
    view,
    context.nowMs,
    context.timeZone,
    visit,
    context.paymentWindow,
  );
  // What reception must do (take payment at the desk, a payment Docplanner never confirmed)
  // belongs on the paper too.
  return (kind === 'failed' || kind === 'paid-window-passed') && words.detail
    ? `${words.full}. ${words.detail}`
    : words.full;
}

export function sheetLine(row: DaySheetRow, visit: Visit, context: DaySheetContext): SheetLine {
  const { timeZone } = context;
  return {
    visitId: row.visitId,
    cancelled: row.cancelled,
    startTime: formatTime(visit.start, timeZone),
    endTime: formatTime(visit.end, timeZone),
    patient: patientName(visit),
    phone: visit.patient.phone ?? '',
    service: visit.service?.name ?? t('day-sheet.noService'),
    online: visit.online,
    visitType: visit.online ? t('day-sheet.type.online') : t('day-sheet.type.inPerson'),
    payment: sheetPayment(visit, context),
    confirmation: row.cancelled
      ? ''
      : visit.confirmed
        ? t('day-sheet.confirmation.confirmed')
        : t('day-sheet.confirmation.notConfirmed'),
    presence:
      visit.presence === 'present'
        ? t('day-sheet.presence.arrived')
        : visit.presence === 'absent'
          ? t('day-sheet.presence.noShow')
          : '',
    comment: visit.comment?.trim() ?? '',
  };
}

/** The sheet's lines for the shared rows, each from its visit. */
export function sheetLines(
  rows: readonly DaySheetRow[],
  visits: readonly Visit[],
  context: DaySheetContext,
): SheetLine[] {
  const byId = new Map(visits.map((visit) => [visit.id, visit]));
  return rows.flatMap((row) => {
    const visit = byId.get(row.visitId);
    return visit ? [sheetLine(row, visit, context)] : [];
  });
}
