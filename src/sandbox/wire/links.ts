// Relative HATEOAS links in the guide's form: `{ self: { href, method } }`.
import type { AddressRecord, BookingRecord, DoctorRecord } from '../world/model.ts';

export const apiBase = '/api/v3/integration';

type Link = { href: string; method: 'get' | 'post' | 'put' | 'delete' };
export type Links = Record<string, Link>;

const get = (href: string): Link => ({ href, method: 'get' });

export const facilityPath = (facilityId: string) => `${apiBase}/facilities/${facilityId}`;
export const doctorPath = (doctor: Pick<DoctorRecord, 'facilityId' | 'id'>) =>
  `${facilityPath(doctor.facilityId)}/doctors/${doctor.id}`;
export const addressPath = (address: Pick<AddressRecord, 'facilityId' | 'doctorId' | 'id'>) =>
  `${facilityPath(address.facilityId)}/doctors/${address.doctorId}/addresses/${address.id}`;
export const bookingPath = (address: AddressRecord, booking: Pick<BookingRecord, 'id'>) =>
  `${addressPath(address)}/bookings/${booking.id}`;

export function facilityLinks(facilityId: string): Links {
  return {
    self: get(facilityPath(facilityId)),
    doctors: get(`${facilityPath(facilityId)}/doctors`),
  };
}

export function doctorLinks(doctor: DoctorRecord): Links {
  return { self: get(doctorPath(doctor)), addresses: get(`${doctorPath(doctor)}/addresses`) };
}

export function addressLinks(address: AddressRecord): Links {
  return {
    self: get(addressPath(address)),
    doctor: get(doctorPath({ facilityId: address.facilityId, id: address.doctorId })),
    facility: get(facilityPath(address.facilityId)),
    services: get(`${addressPath(address)}/services`),
  };
}

export function bookingLinks(address: AddressRecord, booking: BookingRecord): Links {
  return { self: get(bookingPath(address, booking)), address: get(addressPath(address)) };
}

/**
 * The `_links` of a page of results, as the guide's pagination section gives them: self, first
 * and last, next and previous where there is one. Each keeps the request's own query, with its
 * page and limit.
 */
export function pageLinks(
  url: string,
  page: { page: number; limit: number; pages: number },
): Record<string, { href: string }> {
  const at = (number: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(number));
    target.searchParams.set('limit', String(page.limit));
    return { href: `${target.pathname}${target.search}` };
  };
  return {
    self: at(page.page),
    first: at(1),
    last: at(page.pages),
    ...(page.page < page.pages ? { next: at(page.page + 1) } : {}),
    ...(page.page > 1 ? { previous: at(Math.min(page.page - 1, page.pages)) } : {}),
  };
}
