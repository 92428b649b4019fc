// What one booking shows in the calendar (time grid, month cell or list row): time, patient,
// service, the doctor when several are shown, and — never by colour alone — whether it is online
// (icon + words), cancelled (struck through + "Cancelled"), arrived or a no-show (words). The
// block's main area is one button that opens the visit card; the join control and the payment
// badge are its siblings, so no link sits inside a button.
import { type CSSProperties, memo, type ReactNode } from 'react';
import type { Visit } from '../../../shared/api/visit.ts';
import { defaultJoinWindow, type JoinWindowSettings } from '../../../shared/domain/join-window.ts';
import {
  defaultPaymentWindow,
  type PaymentWindowSettings,
} from '../../../shared/domain/payment-window.ts';
import { formatTime, formatTimeRange } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';
import { MonitorIcon, VideoCameraIcon } from '../../ui/icons.tsx';
import { JoinVideoCall } from '../../ui/JoinVideoCall.tsx';
import type { DoctorMark } from './doctor-marks.ts';
import { VisitPayment } from './VisitPayment.tsx';
import './visit-block.css';
import './visit-block-layouts.css';

export { joinVideoAttribute } from '../../ui/JoinVideoCall.tsx';

export type VisitBlockLayout = 'grid' | 'month' | 'list';

export interface VisitBlockProps {
  visit: Visit;
  /** A short block (e.g. 15 minutes): one line only. */
  isShort?: boolean;
  layout?: VisitBlockLayout;
  /** The doctor, when the agenda shows more than one. */
  doctor?: DoctorMark | null;
  onOpen?: (visitId: string) => void;
  /**
   * The clinic's windows, from the settings (the page comes with them). Passed in rather than
   * read by each block: a busy week would hold a thousand subscriptions to the same values.
   */
  joinWindow?: JoinWindowSettings;
  paymentWindow?: PaymentWindowSettings;
  timeZone?: string;
}

function VisitKind({ visit }: { visit: Visit }) {
  if (!visit.online) return null;
  return (
    <span className="visit-block__kind">
      {visit.video ? <VideoCameraIcon /> : <MonitorIcon />}
      <span className="visually-hidden">{t('agenda.visit.onlinePrefix')}</span>{' '}
    </span>
  );
}

function DoctorChip({ doctor }: { doctor: DoctorMark }) {
  return (
    <span className="visit-block__doctor" title={doctor.fullName}>
      <span aria-hidden="true">{doctor.initials}</span>{' '}
      <span className="visually-hidden">
        {t('agenda.visit.withDoctor', { doctor: doctor.fullName })}
      </span>
    </span>
  );
}

export const VisitBlock = memo(function VisitBlock({
  visit,
  isShort = false,
  layout = 'grid',
  doctor = null,
  onOpen,
  joinWindow = defaultJoinWindow,
  paymentWindow = defaultPaymentWindow,
  timeZone = 'UTC',
}: VisitBlockProps) {
  // Rendered here, not passed in: every prop stays equal between renders, so `memo` keeps the
  // other 1,999 blocks untouched when one visit changes.
  const payment = visit.visitPayment ? (
    <VisitPayment
      visit={visit}
      paymentWindow={paymentWindow}
      timeZone={timeZone}
      compact={layout !== 'list'}
    />
  ) : null;
  const cancelled = isCancelledVisit(visit);
  const name = patientName(visit);
  const compact = isShort || layout === 'month';
  // A 30-minute block has room for two lines; the service needs a longer one.
  const showService =
    layout === 'list' ||
    (!compact && Date.parse(visit.end) - Date.parse(visit.start) > 30 * 60_000);
  // Formatted here rather than taken from FullCalendar (whose per-event range formatting is the
  // dearest part of drawing a busy week). A short block shows the start only, so the patient's
  // name still fits.
  const timeText = formatTimeRange(visit.start, visit.end, timeZone);
  const time = compact ? formatTime(visit.start, timeZone) : timeText;

  const join = visit.video ? (
    <JoinVideoCall
      visit={visit}
      joinWindow={joinWindow}
      timeZone={timeZone}
      size="block"
      // A month cell is an overview: only a call that can be joined now earns its room.
      onlyWhenOpen={layout === 'month'}
    />
  ) : null;
  const statusText = cancelled
    ? t('agenda.visit.cancelled')
    : visit.presence === 'present'
      ? t('agenda.visit.arrived')
      : visit.presence
        ? t('agenda.visit.noShow')
        : null;
  const status = statusText ? (
    <span
      className={`visit-block__status${visit.presence && !cancelled ? ` visit-block__status--${visit.presence}` : ''}`}
    >
      {statusText}
    </span>
  ) : null;
  const chip = doctor ? <DoctorChip doctor={doctor} /> : null;
  // Tab lands on the button alone, so its name says the visit whole: patient, then time, online or
  // in person, what happened, and the payment badge's own words (it keeps them up to date).
  const details = [
    timeText,
    t('agenda.visit.kind', { kind: visit.online ? 'online' : 'inPerson' }),
    ...(statusText ? [statusText] : []),
  ].join(', ');
  // On hover, the same in full: a short block cuts the name and drops the service.
  const tooltip = [
    timeText,
    name,
    t(visit.online ? 'agenda.kind.online' : 'agenda.kind.inPerson'),
    ...(statusText ? [statusText] : []),
    ...(visit.service ? [visit.service.name] : []),
    ...(doctor ? [doctor.fullName] : []),
  ].join(' · ');
  // The button holds the patient's name and stretches over the whole block (::after), so a click
  // anywhere opens the card; the join link is its sibling and sits above the stretch.
  const open = (
    <button type="button" className="visit-block__open" onClick={() => onOpen?.(visit.id)}>
      <span className="visit-block__patient">{name}</span>
      <span className="visually-hidden">, {details}</span>
      {payment ? (
        <>
          <span className="visually-hidden">,</span> {payment}
        </>
      ) : null}
    </button>
  );

  let body: ReactNode;
  if (layout === 'list') {
    body = (
      <>
        <span className="visit-block__time">{timeText}</span>{' '}
        <span className="visit-block__list-main">
          <span className="visit-block__line">
            <VisitKind visit={visit} />
            {open}
            {status}
          </span>{' '}
          <span className="visit-block__service">
            {visit.service?.name ?? t('agenda.visit.noService')}
            {' · '}
            {t(visit.online ? 'agenda.visit.online' : 'agenda.visit.inPerson')}
          </span>
        </span>{' '}
        {chip}
        {join}
      </>
    );
  } else if (compact) {
    body = (
      <span className="visit-block__line">
        {chip}
        <VisitKind visit={visit} />
        <span className="visit-block__time">{time}</span> {open}
        {status}
        {join}
      </span>
    );
  } else {
    // The patient's name comes first for screen readers and Tab (then the time and Join);
    // CSS `order` puts the time line on top, as people read a calendar.
    body = (
      <>
        {open}
        <span className="visit-block__line visit-block__line--top">
          <VisitKind visit={visit} />
          <span className="visit-block__time">{time}</span> {chip}
          {status}
          {join}
        </span>
        {showService && visit.service ? (
          <span className="visit-block__service">{visit.service.name}</span>
        ) : null}
      </>
    );
  }

  return (
    <div
      className={`visit-block visit-block--${layout}${isShort ? ' visit-block--short' : ''}${doctor ? ' visit-block--with-doctor' : ''}`}
      data-visit-id={visit.id}
      data-online={visit.online ? 'true' : 'false'}
      data-status={visit.status}
      data-presence={visit.presence ?? undefined}
      title={tooltip}
      style={doctor ? ({ '--doctor-color': doctor.color } as CSSProperties) : undefined}
    >
      {body}
    </div>
  );
});
