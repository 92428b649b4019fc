// Reads one range of the agenda from Docplanner: the bookings of every address of the facility,
// with the video links the list endpoint no longer promises (read from getBooking instead).
import { Temporal } from 'temporal-polyfill';
import type { Agenda, AgendaAddress, AgendaQuery } from '../../shared/api/agenda.ts';
import type { Visit } from '../../shared/api/visit.ts';
import type { Booking } from '../../shared/docplanner/booking.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';
import type { FacilityDirectoryReader } from './facility-directory.ts';
import { mapWithConcurrency } from './map-with-concurrency.ts';
import { visitFromBooking } from './visit-from-booking.ts';

export interface AgendaReaderOptions {
  api: DocplannerApi;
  directory: FacilityDirectoryReader;
  dataSource: Agenda['dataSource'];
  timeZone: string;
  allowHttpVideoLinks: boolean;
  onRefusedVideoLink?: (bookingId: string, reason: string) => void;
  now?: () => Date;
}

/** Requests to Docplanner in flight at once for one agenda read. */
const upstreamConcurrency = 4;

/** A date-time in the facility's zone with its offset, as Docplanner expects in queries. */
function inZone(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export function createAgendaReader(options: AgendaReaderOptions) {
  // Docplanner never changes a video link once issued, so one read per booking is enough.
  const videoUrls = new Map<string, string | null>();

  async function withVideoUrl(address: AgendaAddress, facilityId: string, booking: Booking) {
    if (booking.videocall_url != null || !address.isOnlineOnly) return booking;
    if (!videoUrls.has(booking.id)) {
      const full = await options.api.getBooking(
        { facilityId, doctorId: address.doctorId, addressId: address.id },
        booking.id,
      );
      videoUrls.set(booking.id, full.videocall_url ?? null);
    }
    return { ...booking, videocall_url: videoUrls.get(booking.id) ?? null };
  }

  return {
    async read(query: AgendaQuery): Promise<Agenda> {
      const directory = await options.directory.get();
      const start = inZone(query.from, options.timeZone);
      const end = inZone(query.to, options.timeZone);
      const facilityId = directory.facility.id;

      const perAddress = await mapWithConcurrency(
        directory.addresses,
        upstreamConcurrency,
        async (address) => {
          const path = { facilityId, doctorId: address.doctorId, addressId: address.id };
          const bookings = await options.api.getBookings(path, start, end);
          return bookings.map((booking) => ({ address, booking }));
        },
      );
      const found = perAddress.flat();
      const completed = await mapWithConcurrency(
        found,
        upstreamConcurrency,
        ({ address, booking }) =>
          withVideoUrl(address, facilityId, booking).then((full) => ({ address, booking: full })),
      );
      const visits: Visit[] = completed.map(({ address, booking }) =>
        visitFromBooking(booking, {
          address,
          onlineConsultationServiceIds: directory.onlineConsultationServiceIds,
          allowHttpVideoLinks: options.allowHttpVideoLinks,
          ...(options.onRefusedVideoLink ? { onRefusedVideoLink: options.onRefusedVideoLink } : {}),
        }),
      );
      visits.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));

      return {
        facility: { ...directory.facility, timeZone: options.timeZone },
        dataSource: options.dataSource,
        from: query.from,
        to: query.to,
        doctors: directory.doctors,
        addresses: directory.addresses,
        visits,
        fetchedAt: (options.now?.() ?? new Date()).toISOString(),
      };
    },
  };
}
export type AgendaReader = ReturnType<typeof createAgendaReader>;
