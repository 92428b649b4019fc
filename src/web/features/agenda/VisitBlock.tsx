// What one booking shows inside its calendar block: time, patient, service, and — never by colour
// alone — whether it is online (icon + hidden text), cancelled (struck through + "Cancelled"),
// and a one-click way into the video call.
import type { Visit } from '../../../shared/api/visit.ts';
import { isCancelledVisit, patientName } from '../../lib/visit-text.ts';
import { MonitorIcon, VideoCameraIcon } from '../../ui/icons.tsx';

export interface VisitBlockProps {
  visit: Visit;
  /** The calendar's own time text for the block, e.g. `09:00 - 09:30`. */
  timeText: string;
  /** A short block (e.g. 15 minutes): one line only. */
  isShort?: boolean;
}

/** Marks the join link so a click on it does not also open the visit card. */
export const joinVideoAttribute = 'data-join-video';

export function VisitBlock({ visit, timeText, isShort = false }: VisitBlockProps) {
  const cancelled = isCancelledVisit(visit);
  const videoHref = visit.video?.kind === 'link' && !cancelled ? visit.video.href : null;
  const name = patientName(visit);
  // A 30-minute block has room for two lines; the service needs a longer one.
  const showService = !isShort && Date.parse(visit.end) - Date.parse(visit.start) > 30 * 60_000;
  // A short block shows the start only, so the patient's name still fits.
  const time = isShort ? (timeText.split(/\s*[–-]\s*/)[0] ?? timeText) : timeText;

  const joinLink = videoHref ? (
    <a
      className="visit-block__join"
      href={videoHref}
      target="_blank"
      rel="noopener noreferrer"
      {...{ [joinVideoAttribute]: '' }}
    >
      <VideoCameraIcon size={12} />
      <span className="visit-block__join-word">Join</span>{' '}
      <span className="visually-hidden">video call</span>
    </a>
  ) : null;

  return (
    <div
      className={`visit-block${isShort ? ' visit-block--short' : ''}`}
      data-visit-id={visit.id}
      data-online={visit.online ? 'true' : 'false'}
      data-status={visit.status}
    >
      <div className="visit-block__line">
        {visit.online ? (
          <span className="visit-block__kind">
            {visit.video?.kind === 'link' ? <VideoCameraIcon /> : <MonitorIcon />}
            <span className="visually-hidden">Online visit</span>
          </span>
        ) : null}
        <span className="visit-block__time">{time}</span>
        {isShort ? <span className="visit-block__patient">{name}</span> : null}
        {cancelled ? <span className="visit-block__status">Cancelled</span> : null}
        {joinLink}
      </div>
      {isShort ? null : (
        <>
          <div className="visit-block__patient">{name}</div>
          {showService && visit.service ? (
            <div className="visit-block__service">{visit.service.name}</div>
          ) : null}
        </>
      )}
    </div>
  );
}
