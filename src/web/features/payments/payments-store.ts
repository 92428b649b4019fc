// The payments board's state: the range reception looks at (whole days in the facility's zone),
// every prepaid visit of the facility in it, what is being refreshed, and the filters and sort.
// Visits change live through `applyVisit` (the live stream's `visit` events), with no polling.
import { Temporal } from 'temporal-polyfill';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Agenda, AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import {
  type ApiRequestError,
  type FetchAgendaOptions,
  fetchAgenda,
  toApiRequestError,
} from '../../lib/api-client.ts';
import {
  browserTimeZone,
  currentWeekInAnyZone,
  daysToRange,
  type InstantRange,
} from '../../lib/facility-time.ts';
import type { PaymentBadgeKind } from '../../ui/PaymentBadge.tsx';
import type { PaymentFilters, SortDirection, SortKey } from './payment-rows.ts';
import { refreshVisit } from './payments-api.ts';

export type LoadAgenda = (
  range: InstantRange,
  signal: AbortSignal,
  options: FetchAgendaOptions,
) => Promise<Agenda>;

export interface DayRange {
  /** First and last day shown (`YYYY-MM-DD`, both included), as the facility's calendar reads. */
  first: string;
  last: string;
}

/** The API answers at most 42 days at once. */
export const maxRangeDays = 42;

/** Why a picked range cannot be shown: its last day before its first, or more than 42 days. */
export type RangeProblem = 'backwards' | 'too-long';

export interface PaymentsState {
  days: DayRange | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiRequestError | null;
  /** Why the picked range cannot be shown (the picker says it in words). */
  rangeProblem: RangeProblem | null;
  facility: Agenda['facility'] | null;
  dataSource: Agenda['dataSource'] | null;
  /** When the data shown was read (server time, ISO). */
  fetchedAt: string | null;
  doctors: readonly AgendaDoctor[];
  addressesById: ReadonlyMap<string, AgendaAddress>;
  /** Prepaid visits only, by id. */
  visits: ReadonlyMap<string, Visit>;
  refreshingAll: boolean;
  refreshingIds: ReadonlySet<string>;
  /** Why checking a row with Docplanner failed, by visit id (the board says it in words). */
  rowProblems: ReadonlyMap<string, ApiRequestError>;
  filters: PaymentFilters;
  sort: { by: SortKey; direction: SortDirection };

  /** Shows this week in the facility's zone (the first visit of the board). */
  open: (nowMs: number) => Promise<void>;
  showDays: (days: DayRange) => Promise<void>;
  /** Re-reads the whole range from Docplanner (the agenda with `refresh=1`). */
  refreshAll: () => Promise<void>;
  /** Re-reads one booking from Docplanner. */
  refreshRow: (visitId: string) => Promise<void>;
  /** A visit's new state from the live stream (insert or replace by id). */
  applyVisit: (visit: Visit) => void;
  toggleKind: (kind: PaymentBadgeKind) => void;
  showAllKinds: () => void;
  filterDoctor: (doctorId: string | null) => void;
  filterDay: (day: string | null) => void;
  sortBy: (by: SortKey) => void;
  clearFilters: () => void;
}

export type PaymentsStore = StoreApi<PaymentsState>;

const noFilters: PaymentFilters = { kinds: [], doctorId: null, day: null };

/** The Monday-to-Sunday week around `nowMs` in `timeZone`. */
export function weekDays(nowMs: number, timeZone: string): DayRange {
  const today = Temporal.Instant.fromEpochMilliseconds(nowMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  return { first: monday.toString(), last: monday.add({ days: 6 }).toString() };
}

function rangeOf(days: DayRange, timeZone: string): InstantRange {
  const end = Temporal.PlainDate.from(days.last).add({ days: 1 }).toString();
  return daysToRange(days.first, end, timeZone);
}

function rangeProblem(days: DayRange): RangeProblem | null {
  const first = Temporal.PlainDate.from(days.first);
  const last = Temporal.PlainDate.from(days.last);
  const length = first.until(last, { largestUnit: 'days' }).days + 1;
  if (length < 1) return 'backwards';
  if (length > maxRangeDays) return 'too-long';
  return null;
}

function inRange(visit: Visit, range: InstantRange): boolean {
  const start = Date.parse(visit.start);
  return Date.parse(range.from) <= start && start < Date.parse(range.to);
}

/** Prepaid, in the range, and not moved away (its new booking carries the payment). */
function onBoard(visit: Visit, range: InstantRange): boolean {
  return visit.visitPayment && visit.movedTo === null && inRange(visit, range);
}

export function createPaymentsStore(
  loadAgenda: LoadAgenda = (range, signal, options) => fetchAgenda(range, signal, options),
  reloadVisit: (visitId: string) => Promise<Visit> = refreshVisit,
): PaymentsStore {
  let inFlight: AbortController | null = null;
  /** The instants of the days shown, once the facility's zone is known. */
  let shownRange: InstantRange | null = null;

  return createStore<PaymentsState>()((set, get) => {
    function keep(visits: Iterable<Visit>, range: InstantRange): Map<string, Visit> {
      const kept = new Map<string, Visit>();
      for (const visit of visits) {
        if (onBoard(visit, range)) kept.set(visit.id, visit);
      }
      return kept;
    }

    async function load(
      range: InstantRange,
      then: (agenda: Agenda) => Partial<PaymentsState>,
      options: FetchAgendaOptions = {},
    ): Promise<void> {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      set({ status: 'loading', error: null, refreshingAll: options.refresh === true });
      try {
        const agenda = await loadAgenda(range, controller.signal, options);
        if (controller.signal.aborted) return;
        set({
          status: 'ready',
          facility: agenda.facility,
          dataSource: agenda.dataSource,
          fetchedAt: agenda.fetchedAt,
          doctors: agenda.doctors,
          addressesById: new Map(agenda.addresses.map((address) => [address.id, address])),
          rowProblems: new Map(),
          ...then(agenda),
        });
      } catch (error) {
        if (controller.signal.aborted) return;
        set({ status: 'error', error: toApiRequestError(error) });
      } finally {
        if (inFlight === controller) {
          inFlight = null;
          set({ refreshingAll: false });
        }
      }
    }

    return {
      days: null,
      status: 'idle',
      error: null,
      rangeProblem: null,
      facility: null,
      dataSource: null,
      fetchedAt: null,
      doctors: [],
      addressesById: new Map(),
      visits: new Map(),
      refreshingAll: false,
      refreshingIds: new Set(),
      rowProblems: new Map(),
      filters: noFilters,
      sort: { by: 'date', direction: 'asc' },

      open: async (nowMs) => {
        const { facility, days } = get();
        if (facility && days) return get().showDays(days);
        // The facility's zone is not known before the first answer: ask for a range wide enough
        // to hold its week, then keep that week.
        await load(currentWeekInAnyZone(browserTimeZone()), (agenda) => {
          const week = weekDays(nowMs, agenda.facility.timeZone);
          shownRange = rangeOf(week, agenda.facility.timeZone);
          return { days: week, visits: keep(agenda.visits, shownRange) };
        });
      },
      showDays: async (days) => {
        const problem = rangeProblem(days);
        const timeZone = get().facility?.timeZone;
        if (problem || !timeZone) {
          set({ rangeProblem: problem });
          return;
        }
        const range = rangeOf(days, timeZone);
        set({ days, rangeProblem: null, filters: { ...get().filters, day: null } });
        await load(range, (agenda) => {
          shownRange = range;
          return { visits: keep(agenda.visits, range) };
        });
      },
      refreshAll: async () => {
        const { days, facility } = get();
        if (!days || !facility) return;
        const range = rangeOf(days, facility.timeZone);
        await load(
          range,
          (agenda) => {
            shownRange = range;
            return { visits: keep(agenda.visits, range) };
          },
          { refresh: true },
        );
      },
      refreshRow: async (visitId) => {
        if (get().refreshingIds.has(visitId)) return;
        const withoutProblem = new Map(get().rowProblems);
        withoutProblem.delete(visitId);
        set({
          refreshingIds: new Set([...get().refreshingIds, visitId]),
          rowProblems: withoutProblem,
        });
        try {
          get().applyVisit(await reloadVisit(visitId));
        } catch (error) {
          const rowProblems = new Map(get().rowProblems);
          rowProblems.set(visitId, toApiRequestError(error));
          set({ rowProblems });
        } finally {
          const refreshingIds = new Set(get().refreshingIds);
          refreshingIds.delete(visitId);
          set({ refreshingIds });
        }
      },
      applyVisit: (visit) => {
        const { visits } = get();
        const known = visits.has(visit.id);
        const belongs = shownRange !== null && onBoard(visit, shownRange);
        if (!known && !belongs) return;
        const next = new Map(visits);
        if (belongs) next.set(visit.id, visit);
        else next.delete(visit.id);
        set({ visits: next });
      },
      toggleKind: (kind) => {
        const { filters } = get();
        const kinds = filters.kinds.includes(kind)
          ? filters.kinds.filter((each) => each !== kind)
          : [...filters.kinds, kind];
        set({ filters: { ...filters, kinds } });
      },
      showAllKinds: () => set({ filters: { ...get().filters, kinds: [] } }),
      filterDoctor: (doctorId) => set({ filters: { ...get().filters, doctorId } }),
      filterDay: (day) => set({ filters: { ...get().filters, day } }),
      sortBy: (by) => {
        const { sort } = get();
        set({
          sort:
            sort.by === by
              ? { by, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
              : { by, direction: 'asc' },
        });
      },
      clearFilters: () => set({ filters: noFilters }),
    };
  });
}

/** The page's one payments board store. */
export const paymentsStore: PaymentsStore = createPaymentsStore();

/** For the live stream: a visit's new state, so the board follows without reloading. */
export function applyVisitToPayments(visit: Visit): void {
  paymentsStore.getState().applyVisit(visit);
}

/** For the live stream's `reset`: read the board's range again (if it was ever opened). */
export function reloadPayments(): Promise<void> {
  const { days, facility } = paymentsStore.getState();
  return days && facility ? paymentsStore.getState().showDays(days) : Promise.resolve();
}
