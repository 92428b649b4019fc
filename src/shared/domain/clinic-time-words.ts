// A date-time as a receptionist says it, in the clinic's zone: "Tue 24 Nov, 14:00".
import { Temporal } from 'temporal-polyfill';

export function clinicTimeWords(isoDateTime: string, timeZone: string): string {
  try {
    const zoned = Temporal.Instant.from(isoDateTime).toZonedDateTimeISO(timeZone);
    const weekday = zoned.toLocaleString('en-GB', { weekday: 'short' });
    const month = zoned.toLocaleString('en-GB', { month: 'short' });
    const time = `${String(zoned.hour).padStart(2, '0')}:${String(zoned.minute).padStart(2, '0')}`;
    return `${weekday} ${zoned.day} ${month}, ${time}`;
  } catch {
    return isoDateTime;
  }
}
