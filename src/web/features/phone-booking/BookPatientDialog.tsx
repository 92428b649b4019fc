// Booking a patient who phones into a free time picked in the grid: the doctor's free starts in
// the picked range, the service, and a short form (first name, surname, phone, e-mail, a note).
// The visit is drawn at once; when Docplanner refuses, it goes again, the form keeps what was
// typed, says why, and reads the free times again.
import { type FormEvent, useId, useMemo, useState } from 'react';
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import type { BookRequest } from '../../../shared/api/phone-booking.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { formatVisitTime } from '../../lib/facility-time.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FailureNote } from '../../ui/FailureNote.tsx';
import { doctorLabel } from './doctor-label.ts';
import { PatientFields } from './PatientFields.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import { useBookableSlots } from './use-bookable-slots.ts';
import { usePatientForm } from './use-patient-form.ts';
import { useSendBooking } from './use-send-booking.ts';
import './book-patient-dialog.css';

export interface BookPatientDialogProps {
  /** The range picked in the grid; the doctor when the grid said whose column it was. */
  selection: { start: string; end: string; doctorId: string | null };
  doctors: readonly AgendaDoctor[];
  addresses: readonly AgendaAddress[];
  timeZone: string;
  applyVisit: (visit: Visit) => void;
  forgetVisit: (visitId: string) => void;
  onBooked: (visit: Visit) => void;
  onClose: () => void;
}

export function BookPatientDialog({
  selection,
  doctors,
  addresses,
  timeZone,
  applyVisit,
  forgetVisit,
  onBooked,
  onClose,
}: BookPatientDialogProps) {
  const ids = useId();
  const [doctorId, setDoctorId] = useState(selection.doctorId ?? doctors[0]?.id ?? '');
  const times = useBookableSlots(doctorId, selection.start, selection.end);
  const form = usePatientForm(ids);
  const booking = useSendBooking({
    applyVisit,
    forgetVisit,
    onBooked,
    onRefused: times.readAgain,
  });
  const { slot, service } = times;
  const addressById = useMemo(
    () => new Map(addresses.map((address) => [address.id, address])),
    [addresses],
  );
  const doctorAddresses = addresses.filter((address) => address.doctorId === doctorId);
  const doctor = doctors.find((candidate) => candidate.id === doctorId);

  async function book(event: FormEvent) {
    event.preventDefault();
    if (!slot || !service || booking.pending) return;
    const patient = form.check();
    if (!patient) return;
    const request: BookRequest = {
      doctorId: slot.doctorId,
      addressId: slot.addressId,
      start: slot.start,
      serviceId: service.id,
      patient,
      ...(form.comment.trim() ? { comment: form.comment.trim() } : {}),
    };
    await booking.send(request, service, addressById.get(slot.addressId));
  }

  const range = formatVisitTime(selection.start, selection.end, timeZone);
  return (
    <Dialog
      title={t('phone-booking.title')}
      subtitle={doctor && selection.doctorId ? `${range} · ${doctorLabel(doctor)}` : range}
      onClose={onClose}
      className="book-patient"
    >
      <form className="book-patient__form" onSubmit={(event) => void book(event)} noValidate>
        {selection.doctorId === null ? (
          <div className="book-patient__field">
            <label htmlFor={`${ids}-doctor`}>{t('phone-booking.field.doctor')}</label>
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

        <SlotPicker
          ids={ids}
          loaded={times.loaded}
          chosenSlot={times.chosenSlot}
          onChoose={times.chooseSlot}
          addressById={addressById}
          showAddress={doctorAddresses.length > 1}
          doctor={doctor}
          timeZone={timeZone}
        />

        {slot ? (
          <div className="book-patient__field">
            <label htmlFor={`${ids}-service`}>{t('phone-booking.field.service')}</label>
            <select
              id={`${ids}-service`}
              value={service?.id ?? ''}
              onChange={(event) => times.chooseService(event.target.value)}
            >
              {slot.services.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {t('phone-booking.service.option', {
                    service: candidate.name,
                    minutes: candidate.minutes,
                  })}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <PatientFields ids={ids} form={form} />

        {booking.failure ? <FailureNote>{booking.failure}</FailureNote> : null}
        <div className="book-patient__actions">
          <Button type="submit" variant="primary" disabled={!slot || !service || booking.pending}>
            {booking.pending ? t('phone-booking.booking') : t('phone-booking.submit')}
          </Button>
          <Button onClick={onClose}>{t('phone-booking.close')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
