// The agenda's state: which range is shown, what the API returned for it, which visit is open.
// State and the actions that change it live side by side; components read it through the
// smallest selector they need (see `useAgenda`), so a 2,000-visit week does not re-render
// everything when one thing changes.
import { dequal } from 'dequal/lite';
import { Temporal } from 'temporal-polyfill';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Agenda, AgendaAddress } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { type ApiRequestError, toApiRequestError } from '../../lib/api-client.ts';
import { type InstantRange, rangeCovers } from '../../lib/facility-time.ts';
import {
  type AddressFilter,
  type AgendaFilters,
  type CalendarView,
  defaultFilters,
  visitMatches,
} from './agenda-filters.ts';

export type LoadAgenda = (
  range: InstantRange,
  signal: AbortSignal,
  options?: { refresh?: boolean },
) => Promise<Agenda>;

export type AgendaStatus = 'loading' | 'ready' | 'error';

export interface AgendaState {
  /** The range asked for last (what the calendar shows). */
  range: InstantRange | null;
  /** The range the current `agenda` holds; may be wider than `range`. */
  loadedRange: InstantRange | null;
  status: AgendaStatus;
  /** The last agenda that arrived; kept while the next range loads so the page never blanks. */
  agenda: Agenda | null;
  visitsById: ReadonlyMap<string, Visit>;
  addressesById: ReadonlyMap<string, AgendaAddress>;
  error: ApiRequestError | null;
  openVisitId: string | null;
  /** Whose visits the agenda shows; `null` for every doctor of the facility. */
  doctorId: string | null;
  address: AddressFilter;
  onlineOnly: boolean;
  view: CalendarView;
  /**
   * A day (and time of day to scroll to) the calendar is asked to go to, in the facility's
   * calendar; a new object each time, so the same day asked twice is gone to twice.
   */
  dayAsked: { date: string; time: string } | null;

  /** Shows a range: loads it unless the agenda already holds it. */
  showRange: (range: InstantRange) => Promise<void>;
  /** Loads the current range again (the Retry button). */
  reload: () => Promise<void>;
  /** Loads the current range again, asking the server to re-read it from Docplanner. */
  refresh: () => Promise<void>;
  /**
   * A visit's current state from the live stream: inserted or replaced by id. Changes the agenda
   * already holds (`changeSeq` ≤ its `liveCursor`) are ignored.
   */
  applyVisit: (visit: Visit, changeSeq?: number | null) => void;
  /** Takes a visit out of the agenda: a provisional one Docplanner refused. */
  forgetVisit: (visitId: string) => void;

  openVisit: (visitId: string) => void;
  /**
   * Goes to a visit found elsewhere (the patient search): its day in the day view, its card
   * open, and the filters widened if they would hide it.
   */
  showVisit: (visit: Visit) => void;
  closeVisit: () => void;
  showDoctor: (doctorId: string | null) => void;
  showAddress: (address: AddressFilter) => void;
  showOnlineOnly: (onlineOnly: boolean) => void;
  showView: (view: CalendarView) => void;
}

export type AgendaStore = StoreApi<AgendaState>;

const noVisits: ReadonlyMap<string, Visit> = new Map();
const noAddresses: ReadonlyMap<string, AgendaAddress> = new Map();

/**
 * The visits of a new answer, keeping each earlier visit object that is unchanged — and the earlier
 * list itself when nothing changed — so a reload of the same week (Retry, Refresh, the live
 * stream starting over) redraws only what differs, not all of a busy week.
 */
function keepUnchanged(
  next: readonly Visit[],
  previous: readonly Visit[] | undefined,
  previousById: ReadonlyMap<string, Visit>,
): Visit[] {
  let sameList = previous !== undefined && previous.length === next.length;
  const visits = next.map((visit, index) => {
    const earlier = previousById.get(visit.id);
    const kept = earlier && dequal(earlier, visit) ? earlier : visit;
    if (sameList && previous?.[index] !== kept) sameList = false;
    return kept;
  });
  return sameList && previous ? (previous as Visit[]) : visits;
}

function sameRange(a: InstantRange | null, b: InstantRange): boolean {
  return (
    a !== null && Date.parse(a.from) === Date.parse(b.from) && Date.parse(a.to) === Date.parse(b.to)
  );
}

export interface AgendaStoreOptions {
  /** The doctor chosen last time, if the page remembers one. */
  initialDoctorId?: string | null;
  /** Called when the doctor changes, e.g. to remember the choice. */
  onDoctorChange?: (doctorId: string | null) => void;
  /** Filters and view remembered from last time. */
  initialFilters?: Partial<AgendaFilters>;
  /** Called when any filter or the view changes, e.g. to remember them. */
  onFiltersChange?: (filters: AgendaFilters) => void;
}

export function createAgendaStore(
  loadAgenda: LoadAgenda,
  options: AgendaStoreOptions = {},
): AgendaStore {
  let inFlight: { controller: AbortController; range: InstantRange; done: Promise<void> } | null =
    null;

  return createStore<AgendaState>()((set, get) => {
    function changeFilters(change: Partial<AgendaFilters>) {
      set(change);
      const { doctorId, address, onlineOnly, view } = get();
      options.onFiltersChange?.({ doctorId, address, onlineOnly, view });
    }

    function load(range: InstantRange, refresh = false): Promise<void> {
      inFlight?.controller.abort();
      const controller = new AbortController();
      const done = loadInto(range, controller, refresh);
      inFlight = { controller, range, done };
      return done;
    }

    async function loadInto(
      range: InstantRange,
      controller: AbortController,
      refresh: boolean,
    ): Promise<void> {
      set({ range, status: 'loading', error: null });
      try {
        const answer = await (refresh
          ? loadAgenda(range, controller.signal, { refresh: true })
          : loadAgenda(range, controller.signal));
        if (controller.signal.aborted) return;
        const { doctorId, agenda: earlier, visitsById: earlierById } = get();
        const knownDoctor =
          doctorId === null || answer.doctors.some((doctor) => doctor.id === doctorId);
        const visits = keepUnchanged(answer.visits, earlier?.visits, earlierById);
        const agenda = { ...answer, visits };
        set({
          status: 'ready',
          loadedRange: range,
          agenda,
          doctorId: knownDoctor ? doctorId : null,
          visitsById: new Map(visits.map((visit) => [visit.id, visit])),
          addressesById: new Map(agenda.addresses.map((address) => [address.id, address])),
        });
      } catch (error) {
        // A newer range replaced this request: its answer no longer matters.
        if (controller.signal.aborted) return;
        set({ status: 'error', error: toApiRequestError(error) });
      } finally {
        if (inFlight?.controller === controller) inFlight = null;
      }
    }

    return {
      range: null,
      loadedRange: null,
      status: 'loading',
      agenda: null,
      visitsById: noVisits,
      addressesById: noAddresses,
      error: null,
      openVisitId: null,
      doctorId: options.initialFilters?.doctorId ?? options.initialDoctorId ?? null,
      address: options.initialFilters?.address ?? defaultFilters.address,
      onlineOnly: options.initialFilters?.onlineOnly ?? defaultFilters.onlineOnly,
      view: options.initialFilters?.view ?? defaultFilters.view,
      dayAsked: null,

      showRange: async (range) => {
        const { range: current, loadedRange, status } = get();
        if (sameRange(current, range) && status !== 'error') return;
        if (status === 'ready' && loadedRange && rangeCovers(loadedRange, range)) {
          set({ range });
          return;
        }
        // The load on its way holds this range (the calendar, laid out early, asks for its week
        // while the wider first week is loading): wait for it rather than start again.
        if (inFlight && !inFlight.controller.signal.aborted && rangeCovers(inFlight.range, range)) {
          const { done } = inFlight;
          set({ range });
          await done;
          return;
        }
        await load(range);
      },
      reload: async () => {
        const { range } = get();
        if (range) await load(range);
      },
      refresh: async () => {
        const { range } = get();
        if (range) await load(range, true);
      },
      applyVisit: (visit, changeSeq = null) => {
        const { agenda, visitsById, loadedRange } = get();
        if (!agenda || !loadedRange) return;
        if (changeSeq !== null && changeSeq <= agenda.liveCursor) return;
        const known = visitsById.has(visit.id);
        // A new visit outside what the agenda holds belongs to a range it will load later.
        const overlaps =
          Date.parse(visit.start) < Date.parse(loadedRange.to) &&
          Date.parse(visit.end) > Date.parse(loadedRange.from);
        if (!known && !overlaps) return;
        // Only the changed visit gets a new object: every other block keeps its props.
        const visits = known
          ? agenda.visits.map((candidate) => (candidate.id === visit.id ? visit : candidate))
          : [...agenda.visits, visit];
        const nextById = new Map(visitsById);
        nextById.set(visit.id, visit);
        set({
          agenda: { ...agenda, visits },
          visitsById: nextById,
        });
      },
      forgetVisit: (visitId) => {
        const { agenda, visitsById } = get();
        if (!agenda || !visitsById.has(visitId)) return;
        const nextById = new Map(visitsById);
        nextById.delete(visitId);
        set({
          agenda: { ...agenda, visits: agenda.visits.filter((visit) => visit.id !== visitId) },
          visitsById: nextById,
        });
      },
      openVisit: (visitId) => set({ openVisitId: visitId }),
      showVisit: (visit) => {
        const { agenda, addressesById, doctorId, address, onlineOnly } = get();
        if (!agenda) return;
        const start = Temporal.Instant.from(visit.start).toZonedDateTimeISO(
          agenda.facility.timeZone,
        );
        const change: Partial<AgendaFilters> = { view: 'timeGridDay' };
        if (doctorId !== null && doctorId !== visit.doctorId) change.doctorId = visit.doctorId;
        if (onlineOnly && !visit.online) change.onlineOnly = false;
        if (!visitMatches(visit, { doctorId: null, address, onlineOnly: false }, addressesById)) {
          change.address = 'all';
        }
        changeFilters(change);
        if (change.doctorId !== undefined) options.onDoctorChange?.(change.doctorId);
        const hour = Math.max(0, start.hour - 1);
        set({
          dayAsked: {
            date: start.toPlainDate().toString(),
            time: `${String(hour).padStart(2, '0')}:00:00`,
          },
          openVisitId: visit.id,
        });
      },
      closeVisit: () => set({ openVisitId: null }),
      showDoctor: (doctorId) => {
        changeFilters({ doctorId });
        options.onDoctorChange?.(doctorId);
      },
      showAddress: (address) => changeFilters({ address }),
      showOnlineOnly: (onlineOnly) => changeFilters({ onlineOnly }),
      showView: (view) => changeFilters({ view }),
    };
  });
}
