// Wire shapes of the clinic's structure; extension fields only when `with` asked for them.
import type { Extensions } from '../http/with.ts';
import type {
  AddressRecord,
  AddressServiceRecord,
  DoctorRecord,
  FacilityRecord,
  ServiceRecord,
} from '../world/model.ts';
import { addressLinks, doctorLinks, facilityLinks } from './links.ts';

export function facilityWire(facility: FacilityRecord) {
  return { id: facility.id, name: facility.name, _links: facilityLinks(facility.id) };
}

export function doctorWire(doctor: DoctorRecord, extensions: Extensions) {
  return {
    id: doctor.id,
    name: doctor.name,
    surname: doctor.surname,
    ...(extensions.has('doctor.profile_url') && { profile_url: doctor.profileUrl }),
    ...(extensions.has('doctor.specializations') && {
      specializations: { _items: doctor.specializations },
    }),
    ...(extensions.has('doctor.license_numbers') && {
      license_numbers: { _items: doctor.licenseNumbers },
    }),
    _links: doctorLinks(doctor),
  };
}

export function addressWire(address: AddressRecord, extensions: Extensions) {
  return {
    id: address.id,
    name: address.name,
    city_name: address.cityName,
    post_code: address.postCode,
    street: address.street,
    ...(extensions.has('address.online_only') && { is_online_only: address.isOnlineOnly }),
    ...(extensions.has('address.visit_payment') && { visit_payment: address.visitPayment }),
    ...(extensions.has('address.booking_extra_fields') && {
      booking_extra_fields: address.bookingExtraFields,
    }),
    ...(extensions.has('address.commercial_type') && { commercial_type: address.commercialType }),
    ...(extensions.has('address.insurance_support') && {
      insurance_support: address.insuranceSupport,
    }),
    _links: addressLinks(address),
  };
}

export function serviceWire(service: ServiceRecord) {
  return { id: service.id, name: service.name, is_diagnostic: service.isDiagnostic };
}

export function addressServiceWire(service: AddressServiceRecord, extensions: Extensions) {
  return {
    id: service.id,
    name: service.name,
    price: service.price,
    is_price_from: service.isPriceFrom,
    is_default: service.isDefault,
    service_id: service.serviceId,
    description: service.description,
    duration: service.durationMinutes,
    is_visible: service.isVisible,
    ...(extensions.has('address_service.allowed_patients') && {
      allowed_patients: service.allowedPatients,
    }),
    ...(extensions.has('address_service.custom_name') && { custom_name: service.customName }),
    ...(extensions.has('address_service.public_insurance_flow') && {
      is_public_insurance_flow: false,
    }),
  };
}
