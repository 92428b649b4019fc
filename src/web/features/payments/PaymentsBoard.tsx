// The payments board for reception: every prepaid visit of the facility in a range, counts per
// state at the top (each a filter), filters by doctor and day, sorting by date, state or doctor,
// a refresh per row and for all. Badges follow the server's clock; visits change live. Every word
// comes from the catalog (payments.json); days and times in the facility's zone.
import { useEffect, useMemo } from 'react';
import { Temporal } from 'temporal-polyfill';
import { useStore } from 'zustand';
import type { ApiRequestError } from '../../lib/api-client.ts';
import { describeTimeZone, formatTime, formatterFor } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { type ServerClock, serverClock, useServerNow } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { patientName } from '../../lib/visit-text.ts';
import { Banner } from '../../ui/Banner.tsx';
import { RefreshIcon } from '../../ui/icons.tsx';
import {
  PaymentBadge,
  type PaymentBadgeKind,
  PaymentIcon,
  paymentKindLabels,
} from '../../ui/PaymentBadge.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { PaymentsRangePicker } from './PaymentsRangePicker.tsx';
import {
  countByKind,
  filterRows,
  kindOrder,
  type PaymentRow,
  paymentRows,
  type SortKey,
  sortRows,
} from './payment-rows.ts';
import { type PaymentsStore, paymentsStore } from './payments-store.ts';
import './payments.css';

/** Always counted, even at zero; the rarer kinds appear when they occur. */
const alwaysCounted: readonly PaymentBadgeKind[] = [
  'awaiting',
  'in-progress',
  'paid-confirmed',
  'paid-window-passed',
  'cancelled-unpaid',
  'failed',
];

function dayOfVisit(startMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(startMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/**
 * `Tue 24 Nov` in `timeZone`, in the page's language; the formatter is shared (every row
 * re-renders each second).
 */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  return formatterFor(timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
}

export interface PaymentsBoardProps {
  store?: PaymentsStore;
  clock?: ServerClock;
}

export function PaymentsBoard({ store = paymentsStore, clock = serverClock }: PaymentsBoardProps) {
  const state = useStore(store);
  const nowMs = useServerNow(1000, clock);
  const paymentWindow = useSettings((settings) => settings.paymentWindow);
  const timeZone = state.facility?.timeZone ?? 'UTC';

  // biome-ignore lint/correctness/useExhaustiveDependencies: opened once; the clock only picks the week
  useEffect(() => {
    void store.getState().open(clock.now());
  }, [store]);

  const rows = useMemo(
    () => paymentRows(state.visits.values(), state.doctors, nowMs, paymentWindow),
    [state.visits, state.doctors, nowMs, paymentWindow],
  );
  const counts = useMemo(() => countByKind(rows), [rows]);
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, state.filters, (row) => dayOfVisit(row.startMs, timeZone)),
        state.sort.by,
        state.sort.direction,
      ),
    [rows, state.filters, state.sort, timeZone],
  );
  const days = useMemo(() => {
    if (!state.days) return [];
    const list: string[] = [];
    let day = Temporal.PlainDate.from(state.days.first);
    const last = Temporal.PlainDate.from(state.days.last);
    while (Temporal.PlainDate.compare(day, last) <= 0 && list.length < 62) {
      list.push(day.toString());
      day = day.add({ days: 1 });
    }
    return list;
  }, [state.days]);

  const { filters } = state;
  const filtered = filters.kinds.length > 0 || filters.doctorId !== null || filters.day !== null;
  const actions = store.getState();

  return (
    <div className="payments-board">
      {state.dataSource === 'sandbox' ? (
        <Banner tone="sandbox" role="note">
          <span className="payments-board__sandbox-tag">{t('payments.sandbox.tag')}</span>
          {t('payments.sandbox.text')}
        </Banner>
      ) : null}
      <header className="payments-board__header">
        <div className="payments-board__title-block">
          <a className="payments-board__back" href="#/">
            {t('payments.back')}
          </a>
          <h1 className="payments-board__title">{t('payments.title')}</h1>
          <p className="payments-board__subtitle">
            {state.facility
              ? t('payments.subtitle', {
                  facility: state.facility.name,
                  zone: describeTimeZone(timeZone),
                })
              : t('payments.subtitle.noFacility')}
          </p>
        </div>
        {state.days ? (
          <PaymentsRangePicker
            days={state.days}
            problem={state.rangeProblem}
            onChange={(days) => void actions.showDays(days)}
          />
        ) : null}
        <div className="payments-board__refresh-all">
          <button
            type="button"
            className="payments-board__button"
            disabled={state.status === 'loading' || !state.days}
            onClick={() => void actions.refreshAll()}
          >
            <RefreshIcon /> {t('payments.refreshAll')}
          </button>
          {state.status === 'loading' ? (
            <Spinner
              label={
                state.refreshingAll ? t('payments.refreshAll.asking') : t('payments.loading.short')
              }
            />
          ) : state.fetchedAt ? (
            <span className="payments-board__fetched">
              {t('payments.loadedAt', { time: formatTime(state.fetchedAt, timeZone) })}
            </span>
          ) : null}
        </div>
      </header>

      {state.error ? (
        <Banner tone="error" role="alert">
          {t('payments.error.load', { reason: state.error.message.replace(/\.$/, '') })}{' '}
          <button
            type="button"
            className="payments-board__link-button"
            onClick={() =>
              void (state.days ? actions.showDays(state.days) : actions.open(clock.now()))
            }
          >
            {t('payments.error.tryAgain')}
          </button>
        </Banner>
      ) : null}

      <main className="payments-board__main">
        <section aria-label={t('payments.counts.label')} className="payments-board__counts">
          <button
            type="button"
            className="payment-count payment-count--all"
            aria-pressed={filters.kinds.length === 0}
            onClick={() => actions.showAllKinds()}
          >
            <span className="payment-count__number">{rows.length}</span>{' '}
            <span className="payment-count__label">{t('payments.counts.all')}</span>
          </button>
          {kindOrder
            .filter((kind) => alwaysCounted.includes(kind) || (counts.get(kind) ?? 0) > 0)
            .map((kind) => (
              <button
                key={kind}
                type="button"
                className={`payment-count payment-count--${kind}`}
                aria-pressed={filters.kinds.includes(kind)}
                data-kind={kind}
                onClick={() => actions.toggleKind(kind)}
              >
                <span className="payment-count__number">{counts.get(kind) ?? 0}</span>{' '}
                <span className="payment-count__label">
                  <PaymentIcon kind={kind} />
                  {t(paymentKindLabels[kind])}
                </span>
              </button>
            ))}
        </section>

        <div className="payments-board__filters">
          <label className="payments-board__field">
            <span>{t('payments.filter.doctor')}</span>
            <select
              value={filters.doctorId ?? ''}
              onChange={(event) => actions.filterDoctor(event.target.value || null)}
            >
              <option value="">{t('payments.filter.allDoctors')}</option>
              {state.doctors.map((doctor) => (
                <option key={doctor.id} value={doctor.id}>
                  {doctor.name} {doctor.surname}
                </option>
              ))}
            </select>
          </label>
          <label className="payments-board__field">
            <span>{t('payments.filter.day')}</span>
            <select
              value={filters.day ?? ''}
              onChange={(event) => actions.filterDay(event.target.value || null)}
            >
              <option value="">{t('payments.filter.allDays')}</option>
              {days.map((day) => (
                <option key={day} value={day}>
                  {dayFormat('UTC').format(Date.parse(`${day}T12:00:00Z`))}
                </option>
              ))}
            </select>
          </label>
          <p className="payments-board__summary" aria-live="polite">
            {shown.length === rows.length
              ? t('payments.summary.all', { count: rows.length })
              : t('payments.summary.some', { shown: shown.length, count: rows.length })}
          </p>
          {filtered ? (
            <button
              type="button"
              className="payments-board__link-button"
              onClick={() => actions.clearFilters()}
            >
              {t('payments.filter.clear')}
            </button>
          ) : null}
        </div>

        {state.status !== 'loading' && state.facility && rows.length === 0 ? (
          <p className="payments-board__empty">{t('payments.empty.range')}</p>
        ) : rows.length > 0 && shown.length === 0 ? (
          <p className="payments-board__empty">{t('payments.empty.filters')}</p>
        ) : shown.length > 0 ? (
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
                {shown.map((row) => (
                  <PaymentTableRow
                    key={row.visit.id}
                    row={row}
                    nowMs={nowMs}
                    timeZone={timeZone}
                    refreshing={state.refreshingIds.has(row.visit.id)}
                    problem={rowProblemText(state.rowProblems.get(row.visit.id))}
                    addressName={state.addressesById.get(row.visit.addressId)?.name ?? null}
                    onRefresh={() => void actions.refreshRow(row.visit.id)}
                    paymentWindow={paymentWindow}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : state.status === 'loading' && !state.facility ? (
          <div className="payments-board__loading">
            <Spinner label={t('payments.loading')} />
          </div>
        ) : null}
      </main>
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
  paymentWindow: { windowMinutes: number; graceMinutes: number };
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
