// The payments board for reception: every prepaid visit of the facility in a range, counts per
// state at the top (each a filter), filters by doctor and day, sorting by date, state or doctor,
// a refresh per row and for all. Badges follow the server's clock; visits change live. Every word
// comes from the catalog (payments.json); days and times in the facility's zone. The counts, the
// filters and the table are components of their own; this is the screen around them.
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { describeTimeZone, formatTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { type ServerClock, serverClock, useServerNow } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { Banner } from '../../ui/Banner.tsx';
import { RefreshIcon } from '../../ui/icons.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { ScreenHeader } from '../../ui/ScreenHeader.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { PaymentCounts } from './PaymentCounts.tsx';
import { PaymentsFilters } from './PaymentsFilters.tsx';
import { PaymentsRangePicker } from './PaymentsRangePicker.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';
import { dayOfVisit, daysOf } from './payment-days.ts';
import { countByKind, filterRows, paymentRows, sortRows } from './payment-rows.ts';
import { type PaymentsStore, paymentsStore } from './payments-store.ts';
import './payments-board.css';
import './payments-route.css';

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
  const days = useMemo(() => daysOf(state.days), [state.days]);

  const { filters } = state;
  const actions = store.getState();

  return (
    <Screen className="payments-board">
      {state.dataSource === 'sandbox' ? (
        <Banner tone="sandbox" role="note">
          <span className="banner__tag">{t('payments.sandbox.tag')}</span>
          {t('payments.sandbox.text')}
        </Banner>
      ) : null}
      <ScreenHeader
        backLabel={t('payments.back')}
        title={t('payments.title')}
        subtitle={
          state.facility
            ? t('payments.subtitle', {
                facility: state.facility.name,
                zone: describeTimeZone(timeZone),
              })
            : t('payments.subtitle.noFacility')
        }
        actions={
          <>
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
                    state.refreshingAll
                      ? t('payments.refreshAll.asking')
                      : t('payments.loading.short')
                  }
                />
              ) : state.fetchedAt ? (
                <span className="payments-board__fetched">
                  {t('payments.loadedAt', { time: formatTime(state.fetchedAt, timeZone) })}
                </span>
              ) : null}
            </div>
          </>
        }
      />

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

      <ScreenBody width="wide">
        <PaymentCounts
          total={rows.length}
          counts={counts}
          shownKinds={filters.kinds}
          onShowAll={() => actions.showAllKinds()}
          onToggle={(kind) => actions.toggleKind(kind)}
        />
        <PaymentsFilters
          filters={filters}
          doctors={state.doctors}
          days={days}
          shown={shown.length}
          total={rows.length}
          onDoctor={(doctorId) => actions.filterDoctor(doctorId)}
          onDay={(day) => actions.filterDay(day)}
          onClear={() => actions.clearFilters()}
        />

        {state.status !== 'loading' && state.facility && rows.length === 0 ? (
          <p className="payments-board__empty">{t('payments.empty.range')}</p>
        ) : rows.length > 0 && shown.length === 0 ? (
          <p className="payments-board__empty">{t('payments.empty.filters')}</p>
        ) : shown.length > 0 ? (
          <PaymentsTable
            store={store}
            rows={shown}
            nowMs={nowMs}
            timeZone={timeZone}
            paymentWindow={paymentWindow}
            addressesById={state.addressesById}
            refreshingIds={state.refreshingIds}
            rowProblems={state.rowProblems}
          />
        ) : state.status === 'loading' && !state.facility ? (
          <div className="payments-board__loading">
            <Spinner label={t('payments.loading')} />
          </div>
        ) : null}
      </ScreenBody>
    </Screen>
  );
}
