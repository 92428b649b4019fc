// Adding a break over a range picked in the grid: the doctor (when the grid did not say whose
// column it was) and the address when the doctor receives at several. The break is drawn at
// once; a refusal takes it back and says why (the breaks notice).
import { type FormEvent, useId, useState } from 'react';
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { AddBreakRequest } from '../../../shared/api/breaks.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import './breaks.css';

const doctorLabel = (doctor: AgendaDoctor) =>
  t('breaks.doctor', { name: doctor.name, surname: doctor.surname }).trim();

export function AddBreakDialog({
  selection,
  doctors,
  addresses,
  timeZone,
  onAdd,
  onClose,
}: {
  selection: { start: string; end: string; doctorId: string | null };
  doctors: readonly AgendaDoctor[];
  addresses: readonly AgendaAddress[];
  timeZone: string;
  onAdd: (request: AddBreakRequest) => void;
  onClose: () => void;
}) {
  const ids = useId();
  const [doctorId, setDoctorId] = useState(selection.doctorId ?? doctors[0]?.id ?? '');
  const doctorAddresses = addresses.filter((address) => address.doctorId === doctorId);
  const [chosenAddress, setAddressId] = useState<string | null>(null);
  const addressId =
    doctorAddresses.find((address) => address.id === chosenAddress)?.id ??
    doctorAddresses[0]?.id ??
    '';
  const doctor = doctors.find((candidate) => candidate.id === doctorId);
  const range = formatVisitTime(selection.start, selection.end, timeZone);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!doctorId || !addressId) return;
    onAdd({ doctorId, addressId, start: selection.start, end: selection.end });
    onClose();
  }

  return (
    <Dialog
      title={t('breaks.add.title')}
      subtitle={doctor && selection.doctorId ? `${range} · ${doctorLabel(doctor)}` : range}
      onClose={onClose}
      className="add-break"
    >
      <form className="add-break__form" onSubmit={add}>
        {selection.doctorId === null ? (
          <div className="add-break__field">
            <label htmlFor={`${ids}-doctor`}>{t('breaks.field.doctor')}</label>
            <select
              id={`${ids}-doctor`}
              value={doctorId}
              onChange={(event) => setDoctorId(event.target.value)}
            >
              {doctors.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {doctorLabel(candidate)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {doctorAddresses.length > 1 ? (
          <div className="add-break__field">
            <label htmlFor={`${ids}-address`}>{t('breaks.field.address')}</label>
            <select
              id={`${ids}-address`}
              value={addressId}
              onChange={(event) => setAddressId(event.target.value)}
            >
              {doctorAddresses.map((address) => (
                <option key={address.id} value={address.id}>
                  {address.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {doctorAddresses.length === 0 ? (
          <p role="alert" className="add-break__none">
            {doctor
              ? t('breaks.add.noAddress', { doctor: doctorLabel(doctor) })
              : t('breaks.add.noAddressUnknown')}
          </p>
        ) : (
          <p className="add-break__hint">{t('breaks.add.hint')}</p>
        )}
        <div className="add-break__actions">
          <Button type="submit" variant="primary" disabled={!addressId}>
            {t('breaks.add.submit')}
          </Button>
          <Button onClick={onClose}>{t('breaks.close')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
