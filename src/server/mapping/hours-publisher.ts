// Opens or closes a doctor's hours on Docplanner, day by day: reads the day's slots, rebuilds its
// windows, adds or removes the range, and sends the whole day back (PUT slots replaces what the
// ranges cover). Online hours go to the online address only, regular hours to the regular one.
// Each day and address is reported as applied or failed, with Docplanner's reason.
import { isHTTPError } from 'ky';
import { Temporal } from 'temporal-polyfill';
import type { HoursRequest, HoursResult } from '../../shared/api/online-hours.ts';
import { routeHours } from '../../shared/domain/online-hours-routing.ts';
import {
  closeRange,
  openRange,
  splitByDay,
  type Window,
  windowsFromStarts,
} from '../../shared/domain/slot-windows.ts';
import { inZone } from '../agenda/days-in-range.ts';
import type { FacilityDirectoryReader } from '../agenda/facility-directory.ts';
import type { Logger } from '../logger.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import { routableAddresses } from './doctor-calendars.ts';
import type { MappingReader } from './mapping-reader.ts';

export class HoursRequestError extends Error {
  override name = 'HoursRequestError';
}

/** Docplanner's reason for a refusal, in a sentence. */
function reasonOf(error: unknown): string {
  if (isHTTPError(error)) {
    const data = error.data as { message?: unknown; errors?: unknown } | undefined;
    const detail =
      data?.errors && typeof data.errors === 'object' && !Array.isArray(data.errors)
        ? Object.values(data.errors as Record<string, string[]>)
            .flat()
            .join(' ')
        : '';
    const message =
      typeof data?.message === 'string' ? data.message : `HTTP ${error.response.status}`;
    const status = error.response.status;
    const prefix =
      status === 429
        ? 'Docplanner is busy with a previous change (try again in a minute)'
        : status === 409
          ? 'Docplanner reports a conflict'
          : status === 422
            ? 'Docplanner does not allow this'
            : 'Docplanner refused it';
    return `${prefix}: ${[message, detail].filter(Boolean).join(' — ')}`;
  }
  return 'Docplanner did not answer';
}

export function createHoursPublisher(options: {
  api: DocplannerApi;
  directory: FacilityDirectoryReader;
  mapping: MappingReader;
  timeZone: string;
  logger: Logger;
}) {
  const { api, timeZone } = options;

  async function dayWindows(place: Parameters<DocplannerApi['getSlots']>[0], dayStartMs: number) {
    const dayEndMs = Temporal.Instant.fromEpochMilliseconds(dayStartMs)
      .toZonedDateTimeISO(timeZone)
      .add({ days: 1 }).epochMilliseconds;
    const slots = await api.getSlots(
      place,
      inZone(dayStartMs, timeZone),
      inZone(dayEndMs, timeZone),
    );
    return windowsFromStarts(
      slots.map((slot) => ({
        startMs: Date.parse(slot.start),
        services: (slot.address_services?._items ?? []).map((service) => ({
          addressServiceId: service.id,
          duration: service.duration ?? 30,
        })),
      })),
    );
  }

  function items(windows: Window[], removed: { startMs: number; endMs: number } | null) {
    const kept = windows.map((window) => ({
      start: inZone(window.startMs, timeZone),
      end: inZone(window.endMs, timeZone),
      address_services: window.services.map((service) => ({
        address_service_id: service.addressServiceId,
        duration: service.duration,
      })),
    }));
    return removed
      ? [
          ...kept,
          {
            start: inZone(removed.startMs, timeZone),
            end: inZone(removed.endMs, timeZone),
            address_services: [],
          },
        ]
      : kept;
  }

  return {
    async publish(request: HoursRequest): Promise<HoursResult> {
      const directory = await options.directory.get();
      const addresses = routableAddresses(await options.mapping.read(), request.doctorId);
      if (!addresses) throw new HoursRequestError('No such doctor in this clinic.');
      const routing = routeHours(addresses, request.hours);
      if (!routing.ok) throw new HoursRequestError(routing.problem);

      const days = splitByDay(Date.parse(request.start), Date.parse(request.end), timeZone);
      const result: HoursResult = { applied: [], failed: [], message: '' };
      for (const route of routing.routes) {
        const place = {
          facilityId: directory.facility.id,
          doctorId: request.doctorId,
          addressId: route.addressId,
        };
        for (const part of days) {
          try {
            const dayStartMs = Temporal.PlainDate.from(part.day).toZonedDateTime(
              timeZone,
            ).epochMilliseconds;
            const windows = await dayWindows(place, dayStartMs);
            const next =
              request.action === 'open'
                ? openRange(windows, {
                    startMs: part.startMs,
                    endMs: part.endMs,
                    services: route.services,
                  })
                : closeRange(windows, part.startMs, part.endMs);
            const removed =
              request.action === 'close' ? { startMs: part.startMs, endMs: part.endMs } : null;
            await api.replaceSlots(place, items(next, removed));
            result.applied.push({ addressId: route.addressId, day: part.day });
          } catch (error) {
            options.logger.warn(
              { addressId: route.addressId, day: part.day, err: String(error) },
              'hours not applied',
            );
            result.failed.push({
              addressId: route.addressId,
              day: part.day,
              message: reasonOf(error),
            });
          }
        }
      }
      const verb = request.action === 'open' ? 'Opened' : 'Closed';
      const what =
        request.hours.kind === 'online'
          ? 'online hours'
          : request.hours.kind === 'regular'
            ? 'regular hours'
            : 'hours';
      result.message =
        result.failed.length === 0
          ? `${verb} ${what} on Docplanner.`
          : result.applied.length === 0
            ? `Nothing was changed on Docplanner. ${result.failed[0]?.message ?? ''}`
            : `Only partly done: ${result.applied.length} of ${result.applied.length + result.failed.length} days changed. ${result.failed
                .map((failure) => `${failure.day}: ${failure.message}`)
                .join(' ')}`;
      return result;
    },
  };
}
export type HoursPublisher = ReturnType<typeof createHoursPublisher>;
