// One function per Integrations API endpoint the BFF uses. Every response is parsed with the
// shared zod schemas written from the spec; `with` goes comma-joined in one key, as the SDK does.
import { isHTTPError, type KyInstance } from 'ky';
import { type Address, addressesSchema } from '../../shared/docplanner/address.ts';
import { type Booking, bookingSchema, bookingsSchema } from '../../shared/docplanner/booking.ts';
import type { MoveBookingRequest } from '../../shared/docplanner/booking-requests.ts';
import {
  type CalendarBreak,
  calendarBreakSchema,
  calendarBreaksSchema,
} from '../../shared/docplanner/break.ts';
import { type Doctor, doctorsSchema } from '../../shared/docplanner/doctor.ts';
import { type Facility, facilitiesSchema } from '../../shared/docplanner/facility.ts';
import { pulledBatchSchema } from '../../shared/docplanner/notification.ts';
import {
  type AddressService,
  addressServicesSchema,
  type Service,
  servicesSchema,
} from '../../shared/docplanner/service.ts';
import type { BookSlotRequest, SlotRangeRequest } from '../../shared/docplanner/slot.ts';
import { type Slot, slotsSchema } from '../../shared/docplanner/slot.ts';
import { onceMoreAfterUnauthorized as write } from './http.ts';

export interface AddressPath {
  facilityId: string;
  doctorId: string;
  addressId: string;
}

const segment = encodeURIComponent;

function addressPath({ facilityId, doctorId, addressId }: AddressPath): string {
  return `facilities/${segment(facilityId)}/doctors/${segment(doctorId)}/addresses/${segment(addressId)}`;
}

function bookingPath(address: AddressPath, bookingId: string): string {
  return `${addressPath(address)}/bookings/${segment(bookingId)}`;
}

function withParam(extensions: readonly string[]): Record<string, string> {
  return extensions.length > 0 ? { with: extensions.join(',') } : {};
}

/**
 * A pull answered with a body that is not a batch of notifications. Docplanner has taken what it
 * held off its queue all the same, so the body is handed back, as answered, to be kept.
 */
export class UnreadablePullError extends Error {
  readonly reason: string;
  readonly body: string;
  constructor(reason: string, body: string) {
    super(`Docplanner answered a pull with an unreadable batch: ${reason}`);
    this.name = 'UnreadablePullError';
    this.reason = reason;
    this.body = body;
  }
}

/** A pulled body read as far as its envelope; the items are not read here. */
function readPulledBatch(text: string): { remaining: number; raw: unknown[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UnreadablePullError('pulled batch is not JSON', text);
  }
  const envelope = pulledBatchSchema.safeParse(json);
  if (!envelope.success) {
    const issues = envelope.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    throw new UnreadablePullError(`pulled batch is not a batch of notifications: ${issues}`, text);
  }
  return { remaining: envelope.data.remaining, raw: envelope.data.notifications };
}

/** Bookings are fetched in pages of this size; the API's own default is 100. */
const bookingsPageSize = 100;

export function createDocplannerApi(http: KyInstance) {
  return {
    async getFacilities(): Promise<Facility[]> {
      return (await http.get('facilities').json(facilitiesSchema))._items;
    },

    async getDoctors(facilityId: string): Promise<Doctor[]> {
      return (await http.get(`facilities/${segment(facilityId)}/doctors`).json(doctorsSchema))
        ._items;
    },

    async getAddresses(facilityId: string, doctorId: string): Promise<Address[]> {
      const path = `facilities/${segment(facilityId)}/doctors/${segment(doctorId)}/addresses`;
      const searchParams = withParam(['address.online_only', 'address.visit_payment']);
      return (await http.get(path, { searchParams }).json(addressesSchema))._items;
    },

    /** The services dictionary: where Docplanner's "online consultation" service is listed. */
    async getServices(): Promise<Service[]> {
      return (await http.get('services').json(servicesSchema))._items;
    },

    /** Every booking of an address in [start, end], all pages. */
    async getBookings(address: AddressPath, start: string, end: string): Promise<Booking[]> {
      const bookings: Booking[] = [];
      for (let page = 1; ; page++) {
        const body = await http
          .get(`${addressPath(address)}/bookings`, {
            searchParams: {
              start,
              end,
              page,
              limit: bookingsPageSize,
              ...withParam(['booking.patient', 'booking.address_service', 'booking.presence']),
            },
          })
          .json(bookingsSchema);
        bookings.push(...body._items);
        const pages = body.pages ?? 1;
        if (page >= pages || body._items.length === 0) return bookings;
      }
    },

    /** The services one address offers (ids unique to that address). */
    async getAddressServices(address: AddressPath): Promise<AddressService[]> {
      return (await http.get(`${addressPath(address)}/services`).json(addressServicesSchema))
        ._items;
    },

    /** Bookable starts in [start, end] (at most 180 days), with their services. */
    async getSlots(address: AddressPath, start: string, end: string): Promise<Slot[]> {
      try {
        return (
          await http
            .get(`${addressPath(address)}/slots`, {
              searchParams: { start, end, ...withParam(['slot.services']) },
            })
            .json(slotsSchema)
        )._items;
      } catch (error) {
        // "No slots found": an empty calendar, not a failure.
        if (isHTTPError(error) && error.response.status === 404) return [];
        throw error;
      }
    },

    /** Replaces every slot in the days the ranges cover (PUT slots → 201). */
    async replaceSlots(address: AddressPath, slots: SlotRangeRequest[]): Promise<void> {
      await write(() => http.put(`${addressPath(address)}/slots`, { json: { slots }, retry: 0 }));
    },

    /** Bookable start `start` booked for a patient (POST slots/{start}/book → 200 booking). */
    async bookSlot(
      address: AddressPath,
      start: string,
      request: BookSlotRequest,
    ): Promise<Booking> {
      const path = `${addressPath(address)}/slots/${segment(start)}/book`;
      return write(() => http.post(path, { json: request, retry: 0 }).json(bookingSchema));
    },

    /** markPatientPresence (POST → 204) or markPatientAbsence (DELETE → 204). */
    async markPresence(
      address: AddressPath,
      bookingId: string,
      presence: 'present' | 'absent',
    ): Promise<void> {
      const path = `${bookingPath(address, bookingId)}/presence/patient`;
      await write(() =>
        presence === 'present' ? http.post(path, { retry: 0 }) : http.delete(path, { retry: 0 }),
      );
    },

    /** confirmBooking (PUT …/confirm → 204); the clinic confirms as `admin`. */
    async confirmBooking(
      address: AddressPath,
      bookingId: string,
      confirmedBy: 'user' | 'admin' = 'admin',
    ): Promise<void> {
      const path = `${bookingPath(address, bookingId)}/confirm`;
      await write(() => http.put(path, { json: { confirmed_by: confirmedBy }, retry: 0 }));
    },

    /** cancelBooking (DELETE booking → 204); Docplanner tells the patient the reason. */
    async cancelBooking(address: AddressPath, bookingId: string, reason?: string): Promise<void> {
      const path = bookingPath(address, bookingId);
      await write(() => http.delete(path, { ...(reason ? { json: { reason } } : {}), retry: 0 }));
    },

    /** moveBooking (POST …/move → 201): the moved visit is a new booking with a new id. */
    async moveBooking(
      address: AddressPath,
      bookingId: string,
      request: MoveBookingRequest,
    ): Promise<Booking> {
      const path = `${bookingPath(address, bookingId)}/move`;
      return write(() => http.post(path, { json: request, retry: 0 }).json(bookingSchema));
    },

    /** getCalendarBreaks: the breaks of an address overlapping [since, till]. */
    async getBreaks(address: AddressPath, since: string, till: string): Promise<CalendarBreak[]> {
      return (
        await http
          .get(`${addressPath(address)}/breaks`, { searchParams: { since, till } })
          .json(calendarBreaksSchema)
      )._items;
    },

    async getBreak(address: AddressPath, breakId: string): Promise<CalendarBreak> {
      return http
        .get(`${addressPath(address)}/breaks/${segment(breakId)}`)
        .json(calendarBreakSchema);
    },

    /** addCalendarBreak (POST → 201 break). */
    async addBreak(
      address: AddressPath,
      request: { since: string; till: string; description?: string },
    ): Promise<CalendarBreak> {
      const path = `${addressPath(address)}/breaks`;
      return write(() => http.post(path, { json: request, retry: 0 }).json(calendarBreakSchema));
    },

    /** moveCalendarBreak (PATCH → 204). */
    async moveBreak(
      address: AddressPath,
      breakId: string,
      request: { since: string; till: string },
    ): Promise<void> {
      const path = `${addressPath(address)}/breaks/${segment(breakId)}`;
      await write(() => http.patch(path, { json: request, retry: 0 }));
    },

    /** deleteCalendarBreak (DELETE → 204). */
    async deleteBreak(address: AddressPath, breakId: string): Promise<void> {
      const path = `${addressPath(address)}/breaks/${segment(breakId)}`;
      await write(() => http.delete(path, { retry: 0 }));
    },

    /**
     * Pulls up to `limit` (1..100) queued notifications, oldest first; pulling removes them from
     * Docplanner's queue. An empty queue answers 404, returned here as an empty batch. Only the
     * envelope is read: `raw` holds each item as answered, for the caller to read one by one (a
     * malformed item is the caller's to keep). A body that is no batch at all throws an
     * `UnreadablePullError` holding its text, since what it held has left the queue too.
     */
    async pullNotifications(limit: number): Promise<{ remaining: number; raw: unknown[] }> {
      let text: string;
      try {
        const response = await http.get('notifications/multiple', { searchParams: { limit } });
        text = await response.text();
      } catch (error) {
        if (isHTTPError(error) && error.response.status === 404) return { remaining: 0, raw: [] };
        throw error;
      }
      return readPulledBatch(text);
    },

    /** Asks Docplanner to push again what failed (push mode; at most once an hour). */
    async releaseNotifications(): Promise<void> {
      await http.post('notifications/release', { retry: 0 });
    },

    /**
     * One booking, the place to read `videocall_url` (deprecated on the list). The single booking
     * always carries its patient, service and presence; `with` accepts only `booking.moving`
     * (spec 1.14.0 `BookingScopes`).
     */
    async getBooking(address: AddressPath, bookingId: string): Promise<Booking> {
      return http
        .get(bookingPath(address, bookingId), { searchParams: withParam(['booking.moving']) })
        .json(bookingSchema);
    },
  };
}
export type DocplannerApi = ReturnType<typeof createDocplannerApi>;
