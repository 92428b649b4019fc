// The visit card: everything the doctor needs about one booking, and the way into its video call.
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { isCancelledVisit, patientName, visitStatusLabel } from '../../lib/visit-text.ts';
import { Badge, type BadgeTone } from '../../ui/Badge.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MonitorIcon, VideoCameraIcon } from '../../ui/icons.tsx';
import './visit-card.css';

export interface VisitCardProps {
  visit: Visit;
  /** The booking's address, when the agenda knows it. */
  address: AgendaAddress | undefined;
  /** The doctor the visit is booked with, when the agenda knows them. */
  doctor?: AgendaDoctor | undefined;
  timeZone: string;
  onClose: () => void;
}

function addressText(address: AgendaAddress | undefined): string {
  if (!address) return 'Unknown address';
  const place = [address.street, address.city].filter(Boolean).join(', ');
  return place ? `${address.name} — ${place}` : address.name;
}

function paymentTone(status: string | null): BadgeTone {
  switch (status) {
    case 'successful':
    case 'paid':
      return 'success';
    case 'failed':
    case 'canceled':
    case 'cancelled':
      return 'danger';
    case 'new':
    case 'in_progress':
    case 'waiting_for_confirmation':
      return 'warning';
    default:
      return 'neutral';
  }
}

export function VisitCard({ visit, address, doctor, timeZone, onClose }: VisitCardProps) {
  const cancelled = isCancelledVisit(visit);

  return (
    <Dialog
      title={patientName(visit)}
      subtitle={visit.service?.name ?? 'No service given'}
      onClose={onClose}
      className={visit.online ? 'visit-card visit-card--online' : 'visit-card'}
    >
      <div className="visit-card__badges">
        {visit.online ? (
          <Badge tone="online">
            {visit.video?.kind === 'link' ? (
              <VideoCameraIcon size={12} />
            ) : (
              <MonitorIcon size={12} />
            )}
            Online visit
          </Badge>
        ) : (
          <Badge tone="info">In-person visit</Badge>
        )}
        {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
        {visit.visitPayment ? (
          <Badge tone={paymentTone(visit.visitPaymentStatus)}>
            Payment: {visit.visitPaymentStatus ?? 'unknown'}
          </Badge>
        ) : null}
      </div>

      <dl className="visit-card__facts">
        <dt>When</dt>
        <dd className={cancelled ? 'visit-card__cancelled-time' : undefined}>
          {formatVisitTime(visit.start, visit.end, timeZone)}
        </dd>
        {doctor ? (
          <>
            <dt>Doctor</dt>
            <dd>
              {doctor.name} {doctor.surname}
            </dd>
          </>
        ) : null}
        <dt>Where</dt>
        <dd>{addressText(address)}</dd>
        <dt>Status</dt>
        <dd>
          {visitStatusLabel(visit.status)}
          {visit.movedTo ? ' — moved to a new time (see the new booking in the agenda)' : null}
        </dd>
        {visit.patient.phone ? (
          <>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${visit.patient.phone}`}>{visit.patient.phone}</a>
            </dd>
          </>
        ) : null}
        {visit.comment ? (
          <>
            <dt>Comment</dt>
            <dd className="visit-card__comment">{visit.comment}</dd>
          </>
        ) : null}
      </dl>

      {visit.video ? (
        <div className="visit-card__video">
          {cancelled ? (
            <p className="visit-card__video-note">Cancelled — no video call.</p>
          ) : visit.video.kind === 'link' ? (
            <a
              className="visit-card__join"
              href={visit.video.href}
              target="_blank"
              rel="noopener noreferrer"
            >
              <VideoCameraIcon size={18} />
              Join video call
            </a>
          ) : (
            <p className="visit-card__video-note">Video link unavailable</p>
          )}
        </div>
      ) : null}
    </Dialog>
  );
}
