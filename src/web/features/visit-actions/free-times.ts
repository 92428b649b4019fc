// The free times a visit can move to, grouped by the clinic's day for the move dialog.
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import type { FreeSlots } from '../../../shared/api/visit-actions.ts';

export interface FreeDay {
  /** `YYYY-MM-DD` in the clinic's calendar. */
  date: string;
  starts: string[];
}

/** Starts that offer the visit's own service (any start when the visit has none), by day. */
export function freeDays(slots: FreeSlots['slots'], visit: Visit, timeZone: string): FreeDay[] {
  const serviceId = visit.service?.id;
  const byDay = new Map<string, string[]>();
  for (const slot of slots) {
    if (serviceId && !slot.serviceIds.includes(serviceId)) continue;
    if (Date.parse(slot.start) === Date.parse(visit.start)) continue;
    const date = Temporal.Instant.from(slot.start).toZonedDateTimeISO(timeZone).toPlainDate();
    const key = date.toString();
    const starts = byDay.get(key) ?? [];
    starts.push(slot.start);
    byDay.set(key, starts);
  }
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, starts]) => ({
      date,
      starts: starts.sort((a, b) => Date.parse(a) - Date.parse(b)),
    }));
}
