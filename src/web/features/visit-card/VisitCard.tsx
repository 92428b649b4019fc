// The visit card: everything the doctor needs about one booking, and the way into its video call.
import type { ReactNode } from 'react';
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { defaultJoinWindow, type JoinWindowSettings } from '../../../shared/domain/join-window.ts';
import {
  defaultPaymentWindow,
  type PaymentWindowSettings,
} from '../../../shared/domain/payment-window.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useServerNow } from '../../lib/server-clock.ts';
import { isCancelledVisit, patientName, visitStatusLabel } from '../../lib/visit-text.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MonitorIcon, VideoCameraIcon } from '../../ui/icons.tsx';
import { JoinVideoCall } from '../../ui/JoinVideoCall.tsx';
import { PaymentBadge } from '../../ui/PaymentBadge.tsx';
import { type LoadVisitHistory, useVisitHistory } from './use-visit-history.ts';
import { VisitHistoryTimeline } from './VisitHistoryTimeline.tsx';
import './visit-card.css';

export interface VisitCardProps {
  visit: Visit;
  /** The booking's address, when the agenda knows it. */
  address: AgendaAddress | undefined;
  /** The doctor the visit is booked with, when the agenda knows them. */
  doctor?: AgendaDoctor | undefined;
  timeZone: string;
  onClose: () => void;
  joinWindow?: JoinWindowSettings;
  paymentWindow?: PaymentWindowSettings;
  /** How to read the visit's history; without it the card has no timeline. */
  loadHistory?: LoadVisitHistory | undefined;
  /** What can be done to the visit (presence, move, cancel …), shown under its facts. */
  actions?: ReactNode;
  /** Changes when an action on the visit has settled: the history is read again. */
  historyRevision?: number;
}

function addressText(address: AgendaAddress | undefined): string {
  if (!address) return t('visit-card.address.unknown');
  const place = [address.street, address.city].filter(Boolean).join(', ');
  return place ? `${address.name} — ${place}` : address.name;
}

export function VisitCard({
  visit,
  address,
  doctor,
  timeZone,
  onClose,
  joinWindow = defaultJoinWindow,
  paymentWindow = defaultPaymentWindow,
  loadHistory,
  actions,
  historyRevision = 0,
}: VisitCardProps) {
  const cancelled = isCancelledVisit(visit);
  const nowMs = useServerNow(15_000);
  const history = useVisitHistory(
    visit.id,
    `${visit.status}|${visit.start}|${visit.presence}|${visit.confirmed}|${historyRevision}`,
    loadHistory,
  );

  return (
    <Dialog
      title={patientName(visit)}
      subtitle={visit.service?.name ?? t('visit-card.noService')}
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
            {t('visit-card.badge.online')}
          </Badge>
        ) : (
          <Badge tone="info">{t('visit-card.badge.inPerson')}</Badge>
        )}
        {cancelled ? <Badge tone="danger">{t('visit-card.badge.cancelled')}</Badge> : null}
        {!cancelled && visit.presence === 'present' ? (
          <Badge tone="success">{t('visit-card.badge.arrived')}</Badge>
        ) : null}
        {!cancelled && visit.presence === 'absent' ? (
          <Badge tone="danger">{t('visit-card.badge.noShow')}</Badge>
        ) : null}
        {!cancelled && visit.confirmed ? (
          <Badge tone="success">{t('visit-card.badge.confirmed')}</Badge>
        ) : null}
        <PaymentBadge visit={visit} nowMs={nowMs} settings={paymentWindow} timeZone={timeZone} />
      </div>

      <dl className="visit-card__facts">
        <dt>{t('visit-card.fact.when')}</dt>
        <dd className={cancelled ? 'visit-card__cancelled-time' : undefined}>
          {formatVisitTime(visit.start, visit.end, timeZone)}
        </dd>
        {doctor ? (
          <>
            <dt>{t('visit-card.fact.doctor')}</dt>
            <dd>
              {doctor.name} {doctor.surname}
            </dd>
          </>
        ) : null}
        <dt>{t('visit-card.fact.where')}</dt>
        <dd>{addressText(address)}</dd>
        <dt>{t('visit-card.fact.status')}</dt>
        <dd>
          {visit.movedTo
            ? t('visit-card.status.moved', { status: visitStatusLabel(visit.status) })
            : visitStatusLabel(visit.status)}
        </dd>
        {visit.patient.phone ? (
          <>
            <dt>{t('visit-card.fact.phone')}</dt>
            <dd>
              <a href={`tel:${visit.patient.phone}`}>{visit.patient.phone}</a>
            </dd>
          </>
        ) : null}
        {visit.comment ? (
          <>
            <dt>{t('visit-card.fact.comment')}</dt>
            <dd className="visit-card__comment">{visit.comment}</dd>
          </>
        ) : null}
      </dl>

      {visit.video ? (
        <div className="visit-card__video">
          <JoinVideoCall visit={visit} joinWindow={joinWindow} timeZone={timeZone} size="card" />
        </div>
      ) : null}

      {actions}

      {history ? <VisitHistoryTimeline state={history} timeZone={timeZone} /> : null}
    </Dialog>
  );
}
