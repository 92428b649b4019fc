// A kept booking → the agenda's visit. The online rule and the video-link check live in
// shared/domain; this module only gathers the facts they need.
import type { AgendaAddress } from '../../shared/api/agenda.ts';
import type { VideoLinkView, Visit } from '../../shared/api/visit.ts';
import { isOnlineVisit } from '../../shared/domain/online-visit.ts';
import { toVideoLink } from '../../shared/domain/video-link.ts';
import type { BookingRecord } from '../projection/booking-record.ts';

export interface VisitContext {
  /** The booking's address as the directory knows it (undefined if unknown to us). */
  address: AgendaAddress | undefined;
  onlineConsultationServiceIds: ReadonlySet<string>;
  /** The clinic's names for address services, and the admin's online marks (the mapping). */
  serviceNames?: ReadonlyMap<string, string>;
  serviceOnline?: ReadonlyMap<string, boolean>;
  allowHttpVideoLinks: boolean;
  /** Told about a video URL that cannot become a link (logged with ids only). */
  onRefusedVideoLink?: (bookingId: string, reason: string) => void;
}

function videoOf(record: BookingRecord, context: VisitContext): VideoLinkView | null {
  const link = toVideoLink(record.videocallUrl, { allowHttp: context.allowHttpVideoLinks });
  if (link?.kind !== 'unavailable') return link;
  context.onRefusedVideoLink?.(record.id, link.reason);
  return { kind: 'unavailable', reason: 'The video link Docplanner sent is not a web address' };
}

export function visitFromRecord(record: BookingRecord, context: VisitContext): Visit {
  const { details } = record;
  const dictionaryId = details.service?.dictionaryId ?? null;
  const serviceId = details.service?.id;
  const markedOnline = serviceId === undefined ? undefined : context.serviceOnline?.get(serviceId);
  const ourName = serviceId === undefined ? undefined : context.serviceNames?.get(serviceId);
  return {
    id: record.id,
    doctorId: record.doctorId,
    addressId: record.addressId,
    start: record.startAt,
    end: record.endAt,
    status: record.status,
    movedTo: record.movedTo,
    patient: details.patient,
    service: details.service && ourName ? { ...details.service, name: ourName } : details.service,
    comment: details.comment,
    bookedAt: details.bookedAt,
    video: videoOf(record, context),
    visitPayment: details.visitPayment,
    visitPaymentStatus: record.visitPaymentStatus,
    presence: record.presence,
    confirmed: record.confirmed,
    online: isOnlineVisit({
      addressIsOnlineOnly: context.address?.isOnlineOnly ?? false,
      videocallUrl: record.videocallUrl,
      serviceIsOnlineConsultation:
        markedOnline ??
        (dictionaryId !== null && context.onlineConsultationServiceIds.has(dictionaryId)),
    }),
  };
}
