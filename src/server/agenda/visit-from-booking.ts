// Docplanner's booking → the agenda's visit. The online rule and the video-link check live in
// shared/domain; this module only gathers the facts they need.
import type { AgendaAddress } from '../../shared/api/agenda.ts';
import type { VideoLinkView, Visit } from '../../shared/api/visit.ts';
import type { Booking } from '../../shared/docplanner/booking.ts';
import { isOnlineVisit } from '../../shared/domain/online-visit.ts';
import { toVideoLink } from '../../shared/domain/video-link.ts';

export interface VisitContext {
  address: AgendaAddress;
  onlineConsultationServiceIds: ReadonlySet<string>;
  allowHttpVideoLinks: boolean;
  /** Told about a video URL that cannot become a link (logged with ids only). */
  onRefusedVideoLink?: (bookingId: string, reason: string) => void;
}

export function visitFromBooking(booking: Booking, context: VisitContext): Visit {
  const { address } = context;
  const service = booking.address_service ?? null;
  const dictionaryId = service?.service_id ?? null;
  const videoLink = toVideoLink(booking.videocall_url, { allowHttp: context.allowHttpVideoLinks });
  let video: VideoLinkView | null = null;
  if (videoLink?.kind === 'link') video = videoLink;
  else if (videoLink?.kind === 'unavailable') {
    context.onRefusedVideoLink?.(booking.id, videoLink.reason);
    video = { kind: 'unavailable', reason: 'The video link Docplanner sent is not a web address' };
  }
  return {
    id: booking.id,
    doctorId: address.doctorId,
    addressId: address.id,
    start: booking.start_at,
    end: booking.end_at,
    status: booking.status,
    patient: {
      name: booking.patient?.name ?? '',
      surname: booking.patient?.surname ?? '',
      phone: booking.patient?.phone ?? null,
      email: booking.patient?.email ?? null,
    },
    service: service ? { id: service.id, name: service.name, dictionaryId } : null,
    comment: booking.comment ?? null,
    bookedAt: booking.booked_at ?? null,
    video,
    visitPayment: booking.visit_payment ?? service?.visit_payment ?? false,
    visitPaymentStatus: booking.visit_payment_status ?? null,
    online: isOnlineVisit({
      addressIsOnlineOnly: address.isOnlineOnly,
      videocallUrl: booking.videocall_url,
      serviceIsOnlineConsultation:
        dictionaryId !== null && context.onlineConsultationServiceIds.has(dictionaryId),
    }),
  };
}
