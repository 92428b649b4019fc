// The day sheet's place in the page: `#/day-sheet?date=2026-11-25&doctor=100101` (no doctor: every
// doctor of the agenda, a sheet each). The back button and a bookmark work as people expect.
import { daySheetQuerySchema } from '../../../shared/api/day-sheet.ts';

export const daySheetHashPrefix = '#/day-sheet';

export interface DaySheetPlace {
  /** `YYYY-MM-DD`, a day of the clinic's calendar; null when the address names no real day. */
  date: string | null;
  /** null: every doctor the agenda shows this user. */
  doctorId: string | null;
}

export function daySheetHash(place: { date: string; doctorId: string | null }): string {
  const query = new URLSearchParams({ date: place.date });
  if (place.doctorId !== null) query.set('doctor', place.doctorId);
  return `${daySheetHashPrefix}?${query}`;
}

/** The place a hash names, or null when the hash is not the day sheet's. */
export function daySheetPlaceOf(hash: string): DaySheetPlace | null {
  if (hash !== daySheetHashPrefix && !hash.startsWith(`${daySheetHashPrefix}?`)) return null;
  const query = new URLSearchParams(hash.slice(daySheetHashPrefix.length + 1));
  const date = daySheetQuerySchema.shape.date.safeParse(query.get('date') ?? '');
  const doctorId = query.get('doctor');
  return {
    date: date.success ? date.data : null,
    doctorId: doctorId === null || doctorId === '' ? null : doctorId,
  };
}
