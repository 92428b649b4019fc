// What the agenda shows: which doctor, which kind of address, online visits only, and which
// calendar view. Remembered per user (the app decides where).
import type { AgendaAddress } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import type { MessageId } from '../../lib/i18n/messages.ts';

export type AddressFilter = 'all' | 'regular' | 'online';

export type CalendarView = 'timeGridDay' | 'timeGridWeek' | 'dayGridMonth' | 'listWeek';

/** The views the toolbar offers, each with its button's words (translated where drawn). */
export const calendarViews: readonly { view: CalendarView; label: MessageId }[] = [
  { view: 'timeGridDay', label: 'agenda.view.day' },
  { view: 'timeGridWeek', label: 'agenda.view.week' },
  { view: 'dayGridMonth', label: 'agenda.view.month' },
  { view: 'listWeek', label: 'agenda.view.list' },
];

export interface AgendaFilters {
  /** `null` for every doctor of the facility. */
  doctorId: string | null;
  address: AddressFilter;
  onlineOnly: boolean;
  view: CalendarView;
}

export const defaultFilters: AgendaFilters = {
  doctorId: null,
  address: 'all',
  onlineOnly: false,
  view: 'timeGridWeek',
};

/** Reads remembered filters leniently: anything unknown falls back to the default. */
export function parseFilters(raw: unknown): AgendaFilters {
  if (typeof raw !== 'object' || raw === null) return defaultFilters;
  const value = raw as Record<string, unknown>;
  const address = value.address;
  const view = value.view;
  return {
    doctorId: typeof value.doctorId === 'string' ? value.doctorId : null,
    address: address === 'regular' || address === 'online' ? address : 'all',
    onlineOnly: value.onlineOnly === true,
    view: calendarViews.some((each) => each.view === view)
      ? (view as CalendarView)
      : defaultFilters.view,
  };
}

export function visitMatches(
  visit: Visit,
  filters: Pick<AgendaFilters, 'doctorId' | 'address' | 'onlineOnly'>,
  addressesById: ReadonlyMap<string, AgendaAddress>,
): boolean {
  if (filters.doctorId !== null && visit.doctorId !== filters.doctorId) return false;
  if (filters.onlineOnly && !visit.online) return false;
  if (filters.address !== 'all') {
    const onlineAddress = addressesById.get(visit.addressId)?.isOnlineOnly ?? false;
    if ((filters.address === 'online') !== onlineAddress) return false;
  }
  return true;
}
