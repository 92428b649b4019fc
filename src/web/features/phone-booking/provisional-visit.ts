// The visit as the agenda shows it while Docplanner books it: drawn at once in the grid, and
// replaced by Docplanner's booking (or taken away, if Docplanner refuses).
import type { AgendaAddress } from '../../../shared/api/agenda.ts';
import type { BookableService, BookRequest } from '../../../shared/api/phone-booking.ts';
import type { Visit } from '../../../shared/api/visit.ts';

export const provisionalIdPrefix = 'provisional-';

export function provisionalVisit(
  request: BookRequest,
  key: string,
  service: BookableService,
  address: AgendaAddress | undefined,
): Visit {
  const startMs = Date.parse(request.start);
  return {
    id: `${provisionalIdPrefix}${key}`,
    doctorId: request.doctorId,
    addressId: request.addressId,
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + service.minutes * 60_000).toISOString(),
    status: 'booked',
    movedTo: null,
    patient: {
      name: request.patient.name,
      surname: request.patient.surname,
      phone: request.patient.phone,
      email: request.patient.email || null,
    },
    service: { id: service.id, name: service.name, dictionaryId: null },
    comment: request.comment || null,
    bookedAt: null,
    video: null,
    visitPayment: false,
    visitPaymentStatus: null,
    online: address?.isOnlineOnly ?? false,
    presence: null,
    confirmed: false,
  };
}
