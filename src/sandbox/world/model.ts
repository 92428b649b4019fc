// The sandbox's own records of the clinic. Routes turn them into wire shapes (see ../wire/).
// Date-times are kept as Temporal.Instant; they are rendered in the clinic's zone on the way out.
import type { Temporal } from 'temporal-polyfill';

export interface FacilityRecord {
  id: string;
  name: string;
  /** False for a facility that exists but is outside the client's granted estate (→ 403). */
  granted: boolean;
}

export interface DoctorRecord {
  id: string;
  facilityId: string;
  name: string;
  surname: string;
  profileUrl: string;
  specializations: { id: string; name: string }[];
  licenseNumbers: { id: string; license_number: string }[];
}

export interface AddressRecord {
  id: string;
  facilityId: string;
  doctorId: string;
  name: string;
  cityName: string;
  postCode: string;
  street: string;
  isOnlineOnly: boolean;
  visitPayment: boolean;
  commercialType: 'premium' | 'saas-only' | 'basic';
  insuranceSupport: 'private' | 'insurance' | 'private_and_insurance';
  bookingExtraFields: { gender: boolean; nin: boolean; birth_date: boolean };
}

/** An entry of Docplanner's services dictionary. */
export interface ServiceRecord {
  id: string;
  name: string;
  isDiagnostic: boolean;
}

/** A service as one address offers it; the id is unique to that address. */
export interface AddressServiceRecord {
  id: string;
  addressId: string;
  serviceId: string;
  name: string;
  price: number | null;
  isPriceFrom: boolean;
  isDefault: boolean;
  description: string | null;
  durationMinutes: number;
  isVisible: boolean;
  customName: string | null;
  allowedPatients: { minimum_age: number | null; maximum_age: number | null } | null;
}

export interface PatientRecord {
  name: string;
  surname: string;
  email: string | null;
  phone: string | null;
  birthDate: string | null;
  nin: string | null;
  gender: 'm' | 'f' | null;
  isReturning: boolean;
}

export type BookedBy = 'user' | 'doctor' | 'integration';

export interface BookingRecord {
  id: string;
  addressId: string;
  addressServiceId: string;
  status: 'booked' | 'canceled';
  startAt: Temporal.Instant;
  endAt: Temporal.Instant;
  bookedBy: BookedBy;
  bookedAt: Temporal.Instant;
  canceledBy: '' | BookedBy;
  canceledAt: Temporal.Instant | null;
  patient: PatientRecord;
  comment: string | null;
  presence: 'present' | 'absent' | null;
  visitPayment: boolean;
  visitPaymentStatus: string | null;
  /** Issued once for an online visit and never changed afterwards (also across a move). */
  videocallUrl: string | null;
  confirmed: boolean;
  originBookingId: string;
  newestBookingId: string;
}

/** A range of bookable time an address published (seeded, or sent with replaceSlots). */
export interface SlotRangeRecord {
  addressId: string;
  start: Temporal.Instant;
  end: Temporal.Instant;
  services: { addressServiceId: string; durationMinutes: number }[];
  insuranceAccepted:
    | 'with-and-without-insurance'
    | 'without-insurance-only'
    | 'with-insurance-only';
  insuranceProviders: number[];
}

/** A calendar break (addCalendarBreak); no slot is open during it. */
export interface BreakRecord {
  id: string;
  addressId: string;
  since: Temporal.Instant;
  till: Temporal.Instant;
  description: string | null;
}

/** Everything the sandbox knows; routes read it, control and (later) scenarios change it. */
export interface World {
  facilities: FacilityRecord[];
  doctors: DoctorRecord[];
  addresses: AddressRecord[];
  services: ServiceRecord[];
  addressServices: AddressServiceRecord[];
  bookings: BookingRecord[];
  slotRanges: SlotRangeRecord[];
  breaks: BreakRecord[];
  /** Numbers the visits created through the API (bookSlot, move), after the seeded ones. */
  nextBookingNumber: number;
}
