// Wall-clock rules of the simulated locale (pl): every date-time goes out with Warsaw's offset.
import { Temporal } from 'temporal-polyfill';

export const clinicTimeZone = 'Europe/Warsaw';

/** Monday 00:00 (Warsaw) of the week that contains `instant`. */
export function weekStartOf(instant: Date): Temporal.ZonedDateTime {
  const local = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(
    clinicTimeZone,
  );
  return local.startOfDay().subtract({ days: local.dayOfWeek - 1 });
}

/** `2026-11-24T13:00:00+01:00`: the wire form, seconds precision, the zone's offset. */
export function toWireDateTime(instant: Temporal.Instant | Temporal.ZonedDateTime): string {
  const zoned =
    instant instanceof Temporal.Instant ? instant.toZonedDateTimeISO(clinicTimeZone) : instant;
  return zoned
    .withTimeZone(clinicTimeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export function dateToWire(date: Date): string {
  return toWireDateTime(Temporal.Instant.fromEpochMilliseconds(date.getTime()));
}

const wireDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a date-time the way the API insists on: ISO 8601 with an offset. An unencoded `+` in a
 * query string arrives as a space, which is rejected rather than guessed at.
 */
export function parseWireDateTime(text: string): Temporal.Instant | null {
  if (!wireDateTimePattern.test(text)) return null;
  try {
    return Temporal.Instant.from(text);
  } catch {
    return null;
  }
}
