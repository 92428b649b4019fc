// replaceSlots: validates every range first (the whole request fails or none of it applies),
// then replaces the address's slots in each range; a range without services just clears it.
import { Temporal } from 'temporal-polyfill';
import type { ReplaceSlotsRequest } from '../../shared/docplanner/slot.ts';
import { ApiError } from '../http/errors.ts';
import { clinicTimeZone, toWireDateTime } from '../time.ts';
import type { AddressRecord, SlotRangeRecord, World } from './model.ts';
import { clearSlots } from './slots.ts';

/** Docplanner accepts slots up to about twelve weeks ahead. */
const horizonWeeks = 12;

export function publishSlots(
  world: World,
  address: AddressRecord,
  request: ReplaceSlotsRequest,
  now: Temporal.Instant,
): void {
  const ranges = request.slots.map((slot, index) => checkedRange(world, address, slot, index, now));
  for (const range of ranges) {
    clearSlots(world, address.id, range.start, range.end);
    if (range.services.length > 0) world.slotRanges.push(range);
  }
}

function checkedRange(
  world: World,
  address: AddressRecord,
  slot: ReplaceSlotsRequest['slots'][number],
  index: number,
  now: Temporal.Instant,
): SlotRangeRecord {
  const start = Temporal.Instant.from(slot.start);
  const end = Temporal.Instant.from(slot.end);
  if (end.since(start).total('minutes') < 1) {
    throw new ApiError(400, 'Invalid arguments', {
      [`slots[${index}].minimumDifferenceBetweenDates`]: [
        'The end date must be at least 1 minute after the start date',
      ],
    });
  }
  const startDay = start.toZonedDateTimeISO(clinicTimeZone).startOfDay();
  if (end.epochMilliseconds > startDay.add({ days: 1 }).epochMilliseconds) {
    throw new ApiError(
      400,
      `Slot for date range ${toWireDateTime(start)} - ${toWireDateTime(end)} exceeds a single day boundary`,
    );
  }
  const horizon = now.toZonedDateTimeISO(clinicTimeZone).add({ weeks: horizonWeeks });
  if (end.epochMilliseconds > horizon.epochMilliseconds) {
    throw new ApiError(400, 'Invalid arguments', {
      [`slots[${index}].end`]: [`End date should be less than or equal to ${polishDate(horizon)}.`],
    });
  }
  const services = (slot.address_services ?? []).map((offered) => {
    const known = world.addressServices.some(
      (service) => service.id === offered.address_service_id && service.addressId === address.id,
    );
    if (!known) throw new ApiError(400, 'Address service does not exist');
    return { addressServiceId: offered.address_service_id, durationMinutes: offered.duration };
  });
  const insuranceAccepted = slot.insurance_accepted ?? 'with-and-without-insurance';
  const insuranceProviders = slot.insurance_providers ?? [];
  if (insuranceAccepted === 'with-insurance-only' && insuranceProviders.length === 0) {
    throw new ApiError(
      400,
      'Slot requires insurance (with-insurance-only), but insurance providers are missing',
    );
  }
  if (insuranceAccepted === 'without-insurance-only' && insuranceProviders.length > 0) {
    throw new ApiError(
      400,
      'Insurance providers are not supported. Slot does not allow insurances (without-insurance-only)',
    );
  }
  return { addressId: address.id, start, end, services, insuranceAccepted, insuranceProviders };
}

/** `15.05.2021, 11:45`, as the spec's example message writes it. */
function polishDate(moment: Temporal.ZonedDateTime): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(moment.day)}.${pad(moment.month)}.${moment.year}, ${pad(moment.hour)}:${pad(moment.minute)}`;
}
