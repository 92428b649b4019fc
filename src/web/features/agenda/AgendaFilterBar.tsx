// Which visits the agenda shows: doctor, kind of address, online only — and, when several
// doctors work here, the switch from one doctor's agenda to another's (the key to their colours).
import { t } from '../../lib/i18n/messages.ts';
import type { AddressFilter } from './agenda-filters.ts';
import { DoctorPicker } from './DoctorPicker.tsx';
import { DoctorSwitch } from './DoctorSwitch.tsx';
import { useAgenda } from './use-agenda.tsx';
import '../../ui/field.css';
import './agenda-filter-bar.css';

export function AgendaFilterBar() {
  const doctors = useAgenda((state) => state.agenda?.doctors);
  const address = useAgenda((state) => state.address);
  const onlineOnly = useAgenda((state) => state.onlineOnly);
  const showAddress = useAgenda((state) => state.showAddress);
  const showOnlineOnly = useAgenda((state) => state.showOnlineOnly);
  if (!doctors) return null;

  return (
    <section className="agenda-filter-bar" aria-label={t('agenda.filters.label')}>
      <DoctorPicker />
      <label className="field-inline">
        <span className="field-label">{t('agenda.filters.address')}</span>
        <select
          className="field-control field-control--list"
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
      <DoctorSwitch />
    </section>
  );
}
