// The board's table: a row per prepaid visit (when, who, which doctor, when booked, the payment's
// badge and a check with Docplanner), sortable by date, doctor and payment state.
import { useStore } from 'zustand';
import type { AgendaAddress } from '../../../shared/api/agenda.ts';
import type { PaymentWindowSettings } from '../../../shared/domain/payment-window.ts';
import type { ApiRequestError } from '../../lib/api-client.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { patientName } from '../../lib/visit-text.ts';
import { RefreshIcon } from '../../ui/icons.tsx';
import { PaymentBadge } from '../../ui/PaymentBadge.tsx';
import { dayFormat } from './payment-days.ts';
import type { PaymentRow, SortKey } from './payment-rows.ts';
import type { PaymentsStore } from './payments-store.ts';
import './payments-table.css';

export interface PaymentsTableProps {
  store: PaymentsStore;
  /** The rows shown, filtered and sorted. */
  rows: readonly PaymentRow[];
  nowMs: number;
  timeZone: string;
  paymentWindow: PaymentWindowSettings;
  addressesById: ReadonlyMap<string, AgendaAddress>;
  refreshingIds: ReadonlySet<string>;
  rowProblems: ReadonlyMap<string, ApiRequestError>;
}

export function PaymentsTable({
  store,
  rows,
  nowMs,
  timeZone,
  paymentWindow,
  addressesById,
  refreshingIds,
  rowProblems,
}: PaymentsTableProps) {
  return (
    <div className="payments-board__table-wrap">
      <table className="payments-table">
        <caption className="visually-hidden">{t('payments.table.caption')}</caption>
        <thead>
          <tr>
            <SortHeader store={store} sortKey="date" label={t('payments.column.visit')} />
            <th scope="col">{t('payments.column.patient')}</th>
            <SortHeader store={store} sortKey="doctor" label={t('payments.column.doctor')} />
            <th scope="col">{t('payments.column.booked')}</th>
            <SortHeader store={store} sortKey="state" label={t('payments.column.payment')} />
            <th scope="col">
              <span className="visually-hidden">{t('payments.column.check')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <PaymentTableRow
              key={row.visit.id}
              row={row}
              nowMs={nowMs}
              timeZone={timeZone}
              refreshing={refreshingIds.has(row.visit.id)}
              problem={rowProblemText(rowProblems.get(row.visit.id))}
              addressName={addressesById.get(row.visit.addressId)?.name ?? null}
              onRefresh={() => void store.getState().refreshRow(row.visit.id)}
              paymentWindow={paymentWindow}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What went wrong checking one row with Docplanner, in words. */
function rowProblemText(error: ApiRequestError | undefined): string | null {
  return error ? t('payments.row.checkFailed', { reason: error.message.replace(/\.$/, '') }) : null;
}

function SortHeader({
  store,
  sortKey,
  label,
}: {
  store: PaymentsStore;
  sortKey: SortKey;
  label: string;
}) {
  const sort = useStore(store, (state) => state.sort);
  const active = sort.by === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="payments-table__sort"
        onClick={() => store.getState().sortBy(sortKey)}
      >
        {label}
        <span aria-hidden="true" className="payments-table__sort-mark">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function PaymentTableRow({
  row,
  nowMs,
  timeZone,
  refreshing,
  problem,
  addressName,
  onRefresh,
  paymentWindow,
}: {
  row: PaymentRow;
  nowMs: number;
  timeZone: string;
  refreshing: boolean;
  problem: string | null;
  addressName: string | null;
  onRefresh: () => void;
  paymentWindow: PaymentWindowSettings;
}) {
  const { visit } = row;
  const who = patientName(visit);
  return (
    <tr data-visit-id={visit.id} data-kind={row.kind}>
      <td className="payments-table__when">
        <span className="payments-table__day">{dayFormat(timeZone).format(row.startMs)}</span>
        <span className="payments-table__time">
          {formatTime(visit.start, timeZone)}–{formatTime(visit.end, timeZone)}
        </span>
      </td>
      <td>
        <span className="payments-table__patient">{who}</span>
        <span className="payments-table__service">
          {[visit.service?.name, addressName].filter(Boolean).join(' · ') || '—'}
        </span>
      </td>
      <td>{row.doctorName}</td>
      <td className="payments-table__booked">
        {visit.bookedAt ? (
          <>
            <span>{dayFormat(timeZone).format(Date.parse(visit.bookedAt))}</span>
            <span>{formatTime(visit.bookedAt, timeZone)}</span>
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="payments-table__payment">
        <PaymentBadge visit={visit} nowMs={nowMs} settings={paymentWindow} timeZone={timeZone} />
        {problem ? (
          <span className="payments-table__problem" role="alert">
            {problem}
          </span>
        ) : null}
      </td>
      <td className="payments-table__actions">
        <button
          type="button"
          className="payments-board__button payments-board__button--small"
          disabled={refreshing}
          aria-label={t('payments.row.check.label', { patient: who })}
          onClick={onRefresh}
        >
          <RefreshIcon />
          {refreshing ? t('payments.row.checking') : t('payments.row.check')}
        </button>
      </td>
    </tr>
  );
}
