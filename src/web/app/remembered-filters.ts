// The agenda's filters and view, remembered per user in this browser. Until sign-in exists the
// user is 'local'; the key already carries the id so that real users do not share a choice.
import {
  type AgendaFilters,
  defaultFilters,
  parseFilters,
} from '../features/agenda/agenda-filters.ts';

const legacyDoctorKey = 'online-agenda.doctor';

/** Until the user chooses: the week, or on a phone (a week of seven slivers) the day. */
function firstFilters(): AgendaFilters {
  const phone = globalThis.matchMedia?.('(max-width: 640px)').matches ?? false;
  return phone ? { ...defaultFilters, view: 'timeGridDay' } : defaultFilters;
}

export function filtersKey(userId: string): string {
  return `online-agenda.filters.${userId}`;
}

/** What this user chose last time; storage may be unavailable (private mode) or hold junk. */
export function rememberedFilters(userId: string): AgendaFilters {
  try {
    const raw = globalThis.localStorage?.getItem(filtersKey(userId));
    if (raw) return parseFilters(JSON.parse(raw));
    // The doctor picker remembered its choice under its own key before.
    const doctorId = globalThis.localStorage?.getItem(legacyDoctorKey) ?? null;
    return { ...firstFilters(), doctorId };
  } catch {
    return firstFilters();
  }
}

export function rememberFilters(userId: string, filters: AgendaFilters): void {
  try {
    globalThis.localStorage?.setItem(filtersKey(userId), JSON.stringify(filters));
  } catch {
    // Not remembering the choice is fine.
  }
}
