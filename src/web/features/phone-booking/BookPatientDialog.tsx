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
import { formatTime, formatVisitTime } from '../../lib/facility-time.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { newIdempotencyKey } from '../visit-actions/visit-actions-api.ts';
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
  return `Dr ${doctor.name} ${doctor.surname}`;
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
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
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
        setLoaded({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
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
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        found[field] ??= issue.message;
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
      const said = error instanceof Error ? error.message : String(error);
      setFailure(`The visit was not booked. ${said.charAt(0).toUpperCase()}${said.slice(1)}`);
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
    return errors[field] ? (
      <p id={`${ids}-${field}-error`} className="book-patient__error">
        {errors[field]}
      </p>
    ) : null;
  }

  const range = formatVisitTime(selection.start, selection.end, timeZone);
  return (
    <Dialog
      title="Book a patient"
      subtitle={doctor && selection.doctorId ? `${range} · ${doctorLabel(doctor)}` : range}
      onClose={onClose}
      className="book-patient"
    >
      <form className="book-patient__form" onSubmit={(event) => void book(event)} noValidate>
        {selection.doctorId === null ? (
          <div className="book-patient__field">
            <label htmlFor={`${ids}-doctor`}>Doctor</label>
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
          <legend>Time</legend>
          {loaded.state === 'loading' ? <p role="status">Looking for free times…</p> : null}
          {loaded.state === 'failed' ? (
            <p role="alert" className="book-patient__failure">
              The free times could not be read: {loaded.message}
            </p>
          ) : null}
          {loaded.state === 'ready' && slots.length === 0 ? (
            <p className="book-patient__none">
              {doctor ? doctorLabel(doctor) : 'The doctor'} has no free time here. Pick another time
              in the agenda, or open hours first.
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
                      <small>{address.isOnlineOnly ? 'Online (video)' : address.name}</small>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        {slot ? (
          <div className="book-patient__field">
            <label htmlFor={`${ids}-service`}>Service</label>
            <select
              id={`${ids}-service`}
              value={service?.id ?? ''}
              onChange={(event) => setServiceId(event.target.value)}
            >
              {slot.services.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name} · {candidate.minutes} min
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <div className="book-patient__names">
          <div className="book-patient__field">
            <label htmlFor={`${ids}-name`}>First name</label>
            <input {...fieldProps('name')} autoComplete="off" />
            {fieldError('name')}
          </div>
          <div className="book-patient__field">
            <label htmlFor={`${ids}-surname`}>Surname</label>
            <input {...fieldProps('surname')} autoComplete="off" />
            {fieldError('surname')}
          </div>
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-phone`}>Phone</label>
          <input {...fieldProps('phone')} type="tel" autoComplete="off" />
          {fieldError('phone')}
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-email`}>
            E-mail <span className="book-patient__optional">(optional)</span>
          </label>
          <input {...fieldProps('email')} type="email" autoComplete="off" />
          {fieldError('email')}
        </div>
        <div className="book-patient__field">
          <label htmlFor={`${ids}-comment`}>
            Note for the doctor <span className="book-patient__optional">(optional)</span>
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
            {pending ? 'Booking…' : 'Book the visit'}
          </Button>
          <Button onClick={onClose}>Close</Button>
        </div>
      </form>
    </Dialog>
  );
}
