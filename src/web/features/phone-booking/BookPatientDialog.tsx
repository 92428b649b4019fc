// Booking a patient who phones into a free time picked in the grid: the doctor's free starts in
// the picked range, the service, and a short form (first name, surname, phone, e-mail, a note).
// The visit is drawn at once; when Docplanner refuses, it goes again, the form keeps what was
// typed, says why, and reads the free times again.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import {
  type BookableSlot,
  type BookRequest,
  type PhonePatient,
  phonePatientSchema,
} from '../../../shared/api/phone-booking.ts';
import type { Visit } from '../../../shared/api/visit.ts';
import { ApiRequestError } from '../../lib/api-client.ts';
import { formatTime, formatVisitTime } from '../../lib/facility-time.ts';
import { reasonOf } from '../../lib/failure-text.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { newIdempotencyKey } from '../../lib/idempotency-key.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { fetchBookableSlots, sendBooking } from './phone-booking-api.ts';
import { provisionalVisit } from './provisional-visit.ts';
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

type Field = keyof PhonePatient;
const emptyPatient: Required<PhonePatient> = { name: '', surname: '', phone: '', email: '' };

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; slots: BookableSlot[] }
  | { state: 'failed'; message: string };

function doctorLabel(doctor: AgendaDoctor): string {
  return t('phone-booking.doctor', { name: doctor.name, surname: doctor.surname }).trim();
}

/** The longest first name or surname the form takes (phonePatientSchema). */
const longestName = 100;

/**
 * What is wrong with a field, in the page's words: the schema (shared with the server) says
 * which field and which rule; its English sentence is not shown.
 */
function fieldProblem(field: Field, issue: { code: string }): MessageId {
  if (issue.code === 'too_big') return 'phone-booking.error.tooLong';
  switch (field) {
    case 'name':
      return 'phone-booking.error.name';
    case 'surname':
      return 'phone-booking.error.surname';
    case 'phone':
      return 'phone-booking.error.phone';
    case 'email':
      return 'phone-booking.error.email';
  }
}

/** Why Docplanner did not book, in a sentence. */
function refusalReason(error: unknown): string {
  // A booking's conflict is always its time taken (the server says so in a fixed sentence).
  if (error instanceof ApiRequestError && error.code === 'conflict') {
    return t('phone-booking.refused.taken');
  }
  return reasonOf(error);
}

function slotKey(slot: BookableSlot): string {
  return `${slot.addressId}|${slot.start}`;
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
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [chosenSlot, setChosenSlot] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [patient, setPatient] = useState<Required<PhonePatient>>(emptyPatient);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, MessageId>>>({});
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [reads, setReads] = useState(0);
  const fieldRefs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  // One key per booking attempt that reached the server; a refusal makes the next try new.
  const key = useRef(newIdempotencyKey());

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` asks for a new read
  useEffect(() => {
    if (!doctorId) return;
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    fetchBookableSlots(
      { doctorId, from: selection.start, to: selection.end },
      controller.signal,
    ).then(
      ({ slots }) => {
        const bookable = slots.filter((slot) => slot.services.length > 0);
        setLoaded({ state: 'ready', slots: bookable });
        setChosenSlot((chosen) =>
          bookable.some((slot) => slotKey(slot) === chosen)
            ? chosen
            : bookable[0]
              ? slotKey(bookable[0])
              : null,
        );
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'failed', message: reasonOf(error) });
      },
    );
    return () => controller.abort();
  }, [doctorId, selection.start, selection.end, reads]);

  const slots = loaded.state === 'ready' ? loaded.slots : [];
  const slot = slots.find((candidate) => slotKey(candidate) === chosenSlot);
  const service =
    slot?.services.find((candidate) => candidate.id === serviceId) ?? slot?.services[0];
  const addressById = useMemo(
    () => new Map(addresses.map((address) => [address.id, address])),
    [addresses],
  );
  const doctorAddresses = addresses.filter((address) => address.doctorId === doctorId);
  const doctor = doctors.find((candidate) => candidate.id === doctorId);

  function update(field: Field, value: string) {
    setPatient((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  async function book(event: FormEvent) {
    event.preventDefault();
    if (!slot || !service || pending) return;
    const parsed = phonePatientSchema.safeParse(patient);
    if (!parsed.success) {
      const found: Partial<Record<Field, MessageId>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= fieldProblem(field, issue);
      }
      setErrors(found);
      const first = (['name', 'surname', 'phone', 'email'] as const).find((field) => found[field]);
      if (first) fieldRefs.current[first]?.focus();
      return;
    }
    const request: BookRequest = {
      doctorId: slot.doctorId,
      addressId: slot.addressId,
      start: slot.start,
      serviceId: service.id,
      patient: parsed.data,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    const provisional = provisionalVisit(
      request,
      key.current,
      service,
      addressById.get(slot.addressId),
    );
    setPending(true);
    setFailure(null);
    applyVisit(provisional);
    try {
      const { visit } = await sendBooking(request, key.current);
      forgetVisit(provisional.id);
      applyVisit(visit);
      onBooked(visit);
    } catch (error) {
      forgetVisit(provisional.id);
      key.current = newIdempotencyKey();
      setFailure(t('phone-booking.failed', { reason: refusalReason(error) }));
      setPending(false);
      setReads((count) => count + 1);
    }
  }

  function fieldProps(field: Field) {
    const errorId = `${ids}-${field}-error`;
    return {
      id: `${ids}-${field}`,
      value: patient[field],
      onChange: (event: { target: { value: string } }) => update(field, event.target.value),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? errorId : undefined,
      ref: (element: HTMLInputElement | null) => {
        fieldRefs.current[field] = element;
      },
    };
  }

  function fieldError(field: Field) {
    const problem = errors[field];
    return problem ? (
      <p id={`${ids}-${field}-error`} className="book-patient__error">
        {t(problem, { max: longestName })}
      </p>
    ) : null;
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

        <fieldset className="book-patient__times">
          <legend>{t('phone-booking.field.time')}</legend>
          {loaded.state === 'loading' ? (
            <p role="status">{t('phone-booking.times.loading')}</p>
          ) : null}
          {loaded.state === 'failed' ? (
            <p role="alert" className="book-patient__failure">
              {t('phone-booking.times.loadFailed', { reason: loaded.message })}
            </p>
          ) : null}
          {loaded.state === 'ready' && slots.length === 0 ? (
            <p className="book-patient__none">
              {doctor
                ? t('phone-booking.times.none', { doctor: doctorLabel(doctor) })
                : t('phone-booking.times.noneUnknownDoctor')}
            </p>
          ) : null}
          <div className="book-patient__slots">
            {slots.map((candidate) => {
              const address = addressById.get(candidate.addressId);
              return (
                <label
                  key={slotKey(candidate)}
                  className={
                    address?.isOnlineOnly
                      ? 'book-patient__slot book-patient__slot--online'
                      : 'book-patient__slot'
                  }
                >
                  <input
                    type="radio"
                    name={`${ids}-slot`}
                    value={slotKey(candidate)}
                    checked={chosenSlot === slotKey(candidate)}
                    onChange={() => {
                      setChosenSlot(slotKey(candidate));
                      setServiceId(null);
                    }}
                  />
                  <span>
                    {formatTime(candidate.start, timeZone)}
                    {doctorAddresses.length > 1 && address ? (
                      <small>
                        {address.isOnlineOnly ? t('phone-booking.times.online') : address.name}
                      </small>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        {slot ? (
          <div className="book-patient__field">
            <label htmlFor={`${ids}-service`}>{t('phone-booking.field.service')}</label>
            <select
              id={`${ids}-service`}
              value={service?.id ?? ''}
              onChange={(event) => setServiceId(event.target.value)}
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

        <div className="book-patient__names">
          <div className="book-patient__field">
            <label htmlFor={`${ids}-name`}>{t('phone-booking.field.name')}</label>
            <input {...fieldProps('name')} autoComplete="off" />
            {fieldError('name')}
          </div>
          <div className="book-patient__field">
            <label htmlFor={`${ids}-surname`}>{t('phone-booking.field.surname')}</label>
            <input {...fieldProps('surname')} autoComplete="off" />
            {fieldError('surname')}
          </div>
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-phone`}>{t('phone-booking.field.phone')}</label>
          <input {...fieldProps('phone')} type="tel" autoComplete="off" />
          {fieldError('phone')}
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-email`}>
            {t('phone-booking.field.email')}{' '}
            <span className="book-patient__optional">{t('phone-booking.field.optional')}</span>
          </label>
          <input {...fieldProps('email')} type="email" autoComplete="off" />
          {fieldError('email')}
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-comment`}>
            {t('phone-booking.field.note')}{' '}
            <span className="book-patient__optional">{t('phone-booking.field.optional')}</span>
          </label>
          <textarea
            id={`${ids}-comment`}
            rows={2}
            maxLength={500}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>

        {failure ? (
          <p role="alert" className="book-patient__failure">
            {failure}
          </p>
        ) : null}
        <div className="book-patient__actions">
          <Button type="submit" variant="primary" disabled={!slot || !service || pending}>
            {pending ? t('phone-booking.booking') : t('phone-booking.submit')}
          </Button>
          <Button onClick={onClose}>{t('phone-booking.close')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
