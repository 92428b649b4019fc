import { Temporal } from 'temporal-polyfill';
// Opening hours on Docplanner are sent as windows per day ("PUT slots replaces every slot in the
// days given"), but read back as single bookable starts. These pure rules turn starts back into
// windows, add or remove a range, and split multi-day ranges, so that opening two hours on a day
// keeps the rest of that day as it was.

export interface Window {
  startMs: number;
  endMs: number;
  /** The address services bookable in this window, with their durations (minutes). */
  services: { addressServiceId: string; duration: number }[];
}

function servicesKey(services: Window['services']): string {
  return services
    .map((service) => `${service.addressServiceId}:${service.duration}`)
    .sort()
    .join(',');
}

/**
 * Rebuilds windows from bookable starts: consecutive starts one step apart with the same
 * services form one window ending one step after the last start. The step is the shortest
 * duration among a start's services.
 */
export function windowsFromStarts(
  starts: readonly { startMs: number; services: Window['services'] }[],
): Window[] {
  const sorted = [...starts].sort((a, b) => a.startMs - b.startMs);
  const windows: Window[] = [];
  for (const slot of sorted) {
    const step = Math.min(...slot.services.map((service) => service.duration), 24 * 60) * 60_000;
    const last = windows.at(-1);
    if (
      last &&
      last.endMs === slot.startMs &&
      servicesKey(last.services) === servicesKey(slot.services)
    ) {
      last.endMs = slot.startMs + step;
    } else {
      windows.push({ startMs: slot.startMs, endMs: slot.startMs + step, services: slot.services });
    }
  }
  return windows;
}

/** The windows with [startMs, endMs) opened for `services` (merged with touching windows alike). */
export function openRange(windows: readonly Window[], added: Window): Window[] {
  const key = servicesKey(added.services);
  let merged = { ...added };
  const rest: Window[] = [];
  for (const window of closeRange(windows, added.startMs, added.endMs)) {
    const touches = window.endMs >= merged.startMs && window.startMs <= merged.endMs;
    if (touches && servicesKey(window.services) === key) {
      merged = {
        ...merged,
        startMs: Math.min(merged.startMs, window.startMs),
        endMs: Math.max(merged.endMs, window.endMs),
      };
    } else {
      rest.push(window);
    }
  }
  return [...rest, merged].sort((a, b) => a.startMs - b.startMs);
}

/** The windows with [startMs, endMs) removed (a window may be cut in two). */
export function closeRange(windows: readonly Window[], startMs: number, endMs: number): Window[] {
  const result: Window[] = [];
  for (const window of windows) {
    if (window.endMs <= startMs || window.startMs >= endMs) {
      result.push(window);
      continue;
    }
    if (window.startMs < startMs) result.push({ ...window, endMs: startMs });
    if (window.endMs > endMs) result.push({ ...window, startMs: endMs });
  }
  return result;
}

/** A range cut at midnights of `timeZone` (Docplanner's slots never cross midnight). */
export function splitByDay(
  startMs: number,
  endMs: number,
  timeZone: string,
): { day: string; startMs: number; endMs: number }[] {
  const parts: { day: string; startMs: number; endMs: number }[] = [];
  let cursor = startMs;
  while (cursor < endMs) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(cursor).toZonedDateTimeISO(timeZone);
    const nextMidnight = zoned
      .toPlainDate()
      .add({ days: 1 })
      .toZonedDateTime(timeZone).epochMilliseconds;
    const partEnd = Math.min(endMs, nextMidnight);
    parts.push({ day: zoned.toPlainDate().toString(), startMs: cursor, endMs: partEnd });
    cursor = partEnd;
  }
  return parts;
}
