// One click from a doctor's agenda to another's, or to all of them: each doctor's colour and
// initials (the key to the blocks when several are shown), the one shown pressed. Reception reads
// a busy week one doctor at a time this way; the day view puts every doctor side by side.
import { type CSSProperties, useMemo } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { doctorMarks } from './doctor-marks.ts';
import { useAgenda } from './use-agenda.tsx';
import './doctor-switch.css';

export function DoctorSwitch() {
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const doctorId = useAgenda((state) => state.doctorId);
  const showDoctor = useAgenda((state) => state.showDoctor);
  const marks = useMemo(() => doctorMarks(doctors ?? []), [doctors]);
  if (!doctors || doctors.length < 2) return null;

  return (
    <ul className="doctor-switch" aria-label={t('agenda.filters.doctorsShown')}>
      <li>
        <button
          type="button"
          className="doctor-switch__doctor doctor-switch__doctor--all"
          aria-pressed={doctorId === null}
          onClick={() => showDoctor(null)}
        >
          {t('agenda.filters.allDoctors')}
        </button>
      </li>
      {doctors.map((doctor) => {
        const mark = marks.get(doctor.id);
        if (!mark) return null;
        return (
          <li key={doctor.id}>
            <button
              type="button"
              className="doctor-switch__doctor"
              style={{ '--doctor-color': mark.color } as CSSProperties}
              aria-pressed={doctorId === doctor.id}
              onClick={() => showDoctor(doctor.id)}
              title={t('agenda.filters.showOnly', { doctor: mark.fullName })}
            >
              <span className="doctor-switch__initials" aria-hidden="true">
                {mark.initials}
              </span>
              {/* The surname beside the initials keeps the switch on the filters' line; the
                  whole name is its name and tooltip. */}
              <span className="visually-hidden">{doctor.name}</span> {doctor.surname}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
