// Resolves the path's facility → doctor → address → booking chain against the client's granted
// estate, answering as Docplanner does: 403 outside the estate or for a mismatched parent,
// 404 for an object that does not exist.
import type {
  AddressRecord,
  BookingRecord,
  DoctorRecord,
  FacilityRecord,
  World,
} from '../world/model.ts';
import { ApiError, notFound } from './errors.ts';

export function grantedFacility(world: World, facilityId: string): FacilityRecord {
  const facility = world.facilities.find((candidate) => candidate.id === facilityId);
  if (!facility) throw notFound();
  if (!facility.granted) throw new ApiError(403, 'You are not authorized to see this facility');
  return facility;
}

export function facilityDoctor(world: World, facilityId: string, doctorId: string): DoctorRecord {
  grantedFacility(world, facilityId);
  const doctor = world.doctors.find((candidate) => candidate.id === doctorId);
  if (!doctor) throw notFound();
  if (doctor.facilityId !== facilityId)
    throw new ApiError(403, 'Doctor is not related with facility');
  return doctor;
}

export interface AddressPath {
  facilityId: string;
  doctorId: string;
  addressId: string;
}

export function doctorAddress(world: World, path: AddressPath): AddressRecord {
  facilityDoctor(world, path.facilityId, path.doctorId);
  const address = world.addresses.find((candidate) => candidate.id === path.addressId);
  if (!address) throw notFound();
  if (address.facilityId !== path.facilityId) {
    throw new ApiError(403, 'This address does not belong to this facility');
  }
  if (address.doctorId !== path.doctorId)
    throw new ApiError(403, 'This address does not belong to this doctor');
  return address;
}

export function addressBooking(
  world: World,
  path: AddressPath,
  bookingId: string,
): { address: AddressRecord; booking: BookingRecord } {
  const address = doctorAddress(world, path);
  const booking = world.bookings.find((candidate) => candidate.id === bookingId);
  if (!booking) throw notFound();
  if (booking.addressId !== address.id)
    throw new ApiError(403, 'This booking does not belong to this address');
  return { address, booking };
}
