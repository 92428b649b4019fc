// Which doctor's visits the agenda shows; only offered when the facility has more than one.
import { t } from '../../lib/i18n/messages.ts';
import { useAgenda } from './use-agenda.tsx';
import '../../ui/field.css';

export function DoctorPicker() {
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const doctorId = useAgenda((state) => state.doctorId);
  const showDoctor = useAgenda((state) => state.showDoctor);

  if (!doctors || doctors.length < 2) return null;
  return (
    <label className="field-inline">
      <span className="field-label">{t('agenda.doctorPicker.label')}</span>
      <select
        className="field-control field-control--list"
        value={doctorId ?? ''}
        onChange={(event) => showDoctor(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('agenda.doctorPicker.all', { count: doctors.length })}</option>
        {doctors.map((doctor) => (
          <option key={doctor.id} value={doctor.id}>
            {doctor.name} {doctor.surname}
          </option>
        ))}
      </select>
    </label>
  );
}
