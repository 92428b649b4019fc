// One visit found by the patient search: when (on the clinic's clock), who, their phone, with
// which doctor, online (purple) or in person, and whether it was cancelled or moved.
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';
import { MonitorIcon, VideoCameraIcon } from '../../ui/icons.tsx';

/** The visit's state worth a word in the list; none for a visit simply booked. */
export function foundVisitState(visit: Visit): MessageId | null {
  if (visit.movedTo !== null) return 'patient-search.state.moved';
  if (isCancelledVisit(visit)) return 'patient-search.state.cancelled';
  if (visit.presence === 'present') return 'patient-search.state.arrived';
  if (visit.presence === 'absent') return 'patient-search.state.noShow';
  return null;
}

export function FoundVisit({
  visit,
  doctor,
  timeZone,
}: {
  visit: Visit;
  doctor: AgendaDoctor | undefined;
  timeZone: string;
}) {
  const state = foundVisitState(visit);
  const gone = visit.movedTo !== null || isCancelledVisit(visit);
  return (
    <>
      <span className="found-visit__when">
        <span className={gone ? 'found-visit__time found-visit__time--gone' : 'found-visit__time'}>
          {formatVisitTime(visit.start, visit.end, timeZone)}
        </span>
        {state ? (
          <span className={`found-visit__state${gone ? ' found-visit__state--gone' : ''}`}>
            {', '}
            {t(state)}
          </span>
        ) : null}
      </span>
      <span className="found-visit__who">
        <span className="found-visit__patient">{patientName(visit)}</span>
        {visit.patient.phone ? (
          <span className="found-visit__phone">
            {', '}
            {visit.patient.phone}
          </span>
        ) : null}
      </span>
      <span className="found-visit__where">
        {doctor ? (
          <span className="found-visit__doctor">
            {t('patient-search.doctor', { name: doctor.name, surname: doctor.surname }).trim()}
            {', '}
          </span>
        ) : null}
        {visit.online ? (
          <span className="found-visit__kind found-visit__kind--online">
            {visit.video ? <VideoCameraIcon size={12} /> : <MonitorIcon size={12} />}
            {t('patient-search.kind.online')}
          </span>
        ) : (
          <span className="found-visit__kind">{t('patient-search.kind.inPerson')}</span>
        )}
      </span>
    </>
  );
}
