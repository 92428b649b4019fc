// A doctor's break in the grid: hatched, the word "Break" and its time (never the hatching
// alone), the doctor's initials when several doctors are shown. One button that opens it.
import { memo } from 'react';
import { formatTimeRange } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import type { DoctorMark } from './doctor-marks.ts';
import './break-block.css';

/** A doctor's break as the grid draws it. */
export interface BreakBlockData {
  id: string;
  doctorId: string;
  addressId: string;
  start: string;
  end: string;
}

export const BreakBlock = memo(function BreakBlock({
  pause,
  doctor,
  timeZone,
  onOpen,
}: {
  pause: BreakBlockData;
  doctor: DoctorMark | null;
  timeZone: string;
  onOpen?: ((pause: BreakBlockData) => void) | undefined;
}) {
  const time = formatTimeRange(pause.start, pause.end, timeZone);
  // Said whole (and shown on hover): a short break's block has room for the word only.
  const name = doctor
    ? t('agenda.break.nameWithDoctor', { time, doctor: doctor.fullName })
    : t('agenda.break.name', { time });
  return (
    <button
      type="button"
      className="break-block"
      aria-label={name}
      title={name}
      onClick={() => onOpen?.(pause)}
    >
      <span className="break-block__title">
        {doctor ? <span className="break-block__doctor">{doctor.initials}</span> : null}
        {t('agenda.break.label')}
      </span>
      <span className="break-block__time">{time}</span>
    </button>
  );
});
