// A date-time as a receptionist says it, in the clinic's zone: "Tue 24 Nov, 14:00".
import { Temporal } from 'temporal-polyfill';

/**
 * One formatter per zone, made once: building an Intl.DateTimeFormat costs far more than using
 * one (Temporal's toLocaleString builds a new one each call, which made history lines the
 * largest cost of processing a notification).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function clinicTimeWords(isoDateTime: string, timeZone: string): string {
  try {
    // Temporal reads the instant: an ISO date-time with its offset, nothing looser.
    const ms = Temporal.Instant.from(isoDateTime).epochMilliseconds;
    const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of formatterFor(timeZone).formatToParts(ms)) part[type] = value;
    return `${part.weekday} ${Number(part.day)} ${part.month}, ${part.hour}:${part.minute}`;
  } catch {
    return isoDateTime;
  }
}
