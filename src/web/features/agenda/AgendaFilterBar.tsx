// Which visits the agenda shows: doctor, kind of address, online only — and, when several
// doctors are shown, the key to their colours and initials (each one a shortcut to that doctor).
import { type CSSProperties, useMemo } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import type { AddressFilter } from './agenda-filters.ts';
import { DoctorPicker } from './DoctorPicker.tsx';
import { doctorMarks } from './doctor-marks.ts';
import { useAgenda } from './use-agenda.tsx';
import './agenda-filter-bar.css';

export function AgendaFilterBar() {
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const doctorId = useAgenda((state) => state.doctorId);
  const address = useAgenda((state) => state.address);
  const onlineOnly = useAgenda((state) => state.onlineOnly);
  const showDoctor = useAgenda((state) => state.showDoctor);
  const showAddress = useAgenda((state) => state.showAddress);
  const showOnlineOnly = useAgenda((state) => state.showOnlineOnly);
  const marks = useMemo(() => doctorMarks(doctors ?? []), [doctors]);
  if (!doctors) return null;
  const several = doctorId === null && doctors.length > 1;

  return (
    <section className="agenda-filter-bar" aria-label={t('agenda.filters.label')}>
      <DoctorPicker />
      <label className="agenda-filter-bar__field">
        <span className="agenda-filter-bar__label">{t('agenda.filters.address')}</span>
        <select
          className="agenda-filter-bar__select"
          value={address}
          onChange={(event) => showAddress(event.target.value as AddressFilter)}
        >
          <option value="all">{t('agenda.filters.address.all')}</option>
          <option value="regular">{t('agenda.filters.address.regular')}</option>
          <option value="online">{t('agenda.filters.address.online')}</option>
        </select>
      </label>
      <label className="agenda-filter-bar__toggle">
        <input
          type="checkbox"
          checked={onlineOnly}
          onChange={(event) => showOnlineOnly(event.target.checked)}
        />
        {t('agenda.filters.onlineOnly')}
      </label>
      {several ? (
        <ul className="agenda-filter-bar__doctors" aria-label={t('agenda.filters.doctorsShown')}>
          {doctors.map((doctor) => {
            const mark = marks.get(doctor.id);
            if (!mark) return null;
            return (
              <li key={doctor.id}>
                <button
                  type="button"
                  className="agenda-filter-bar__doctor"
                  style={{ '--doctor-color': mark.color } as CSSProperties}
                  onClick={() => showDoctor(doctor.id)}
                  title={t('agenda.filters.showOnly', { doctor: mark.fullName })}
                >
                  <span className="agenda-filter-bar__initials" aria-hidden="true">
                    {mark.initials}
                  </span>
                  {mark.fullName}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
