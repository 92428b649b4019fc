// Opening or closing a doctor's hours on Docplanner for the range selected in the agenda: online
// hours go to the online address, regular hours to the regular one, never mixed; or, the seed's
// fallback, hours for chosen services, split between the two by service. The answer is said in
// words — done, only partly done (which days, Docplanner's reason), or refused.
import { useId, useState } from 'react';
import type { HoursRequest } from '../../../shared/api/online-hours.ts';
import { formatTime } from '../../lib/facility-time.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ChosenServices } from './ChosenServices.tsx';
import { type HoursOutcome, publishHours } from './hours-api.ts';
import './hours-dialog.css';

export interface HoursSelection {
  start: string;
  end: string;
  /** The doctor the selection belongs to (their own agenda, a doctor column), if known. */
  doctorId: string | null;
}

export interface HoursDoctor {
  id: string;
  name: string;
  surname: string;
}

type Action = { action: HoursRequest['action']; kind: 'online' | 'regular' };

const servicesLabel = 'Open for chosen services';

const actions: readonly (Action & { label: string; hint: string })[] = [
  {
    action: 'open',
    kind: 'online',
    label: 'Open online hours',
    hint: 'Video visits, at the online address',
  },
  {
    action: 'open',
    kind: 'regular',
    label: 'Open regular hours',
    hint: 'In-person visits, at the regular address',
  },
  { action: 'close', kind: 'online', label: 'Close online hours', hint: 'At the online address' },
  {
    action: 'close',
    kind: 'regular',
    label: 'Close regular hours',
    hint: 'At the regular address',
  },
];

function describeRange(start: string, end: string, timeZone: string): string {
  const day = (instant: string) =>
    new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
    }).format(Date.parse(instant));
  const endsSameDay = day(start) === day(new Date(Date.parse(end) - 1).toISOString());
  return endsSameDay
    ? `${day(start)}, ${formatTime(start, timeZone)}–${formatTime(end, timeZone)}`
    : `${day(start)} ${formatTime(start, timeZone)} – ${day(end)} ${formatTime(end, timeZone)}`;
}

export interface HoursDialogProps {
  selection: HoursSelection;
  doctors: readonly HoursDoctor[];
  /** An admin picks the doctor; a doctor opens only their own hours. */
  chooseDoctor: boolean;
  timeZone: string;
  onClose: () => void;
  /** Something may have changed on Docplanner: re-read the slots. */
  onPublished: () => void;
}

export function HoursDialog({
  selection,
  doctors,
  chooseDoctor,
  timeZone,
  onClose,
  onPublished,
}: HoursDialogProps) {
  const [doctorId, setDoctorId] = useState(selection.doctorId ?? '');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<(HoursOutcome & { label: string }) | null>(null);
  const [byService, setByService] = useState(false);
  const doctorFieldId = useId();
  const servicesPanelId = useId();
  const doctor = doctors.find((each) => each.id === doctorId);

  async function send(label: string, action: HoursRequest['action'], hours: HoursRequest['hours']) {
    if (!doctorId || sending) return;
    setSending(true);
    setOutcome(null);
    const result = await publishHours({
      doctorId,
      start: selection.start,
      end: selection.end,
      action,
      hours,
    });
    setSending(false);
    setOutcome({ ...result, label });
    if (result.kind !== 'refused') onPublished();
  }

  const actionButton = (choice: (typeof actions)[number]) => (
    <button
      key={`${choice.action}-${choice.kind}`}
      type="button"
      className={`hours-dialog__action hours-dialog__action--${choice.action}-${choice.kind}`}
      // Not `disabled` while sending: the focus stays on the button (Escape still closes).
      disabled={!doctorId}
      aria-disabled={sending ? true : undefined}
      onClick={() => void send(choice.label, choice.action, { kind: choice.kind })}
    >
      <span className="hours-dialog__action-label">{choice.label}</span>
      <span className="hours-dialog__action-hint">{choice.hint}</span>
    </button>
  );

  return (
    <Dialog
      title="Hours on Docplanner"
      subtitle={describeRange(selection.start, selection.end, timeZone)}
      onClose={onClose}
      className="hours-dialog"
    >
      {chooseDoctor ? (
        <div className="hours-dialog__doctor">
          <label htmlFor={doctorFieldId}>Doctor</label>
          <select
            id={doctorFieldId}
            value={doctorId}
            onChange={(event) => {
              setDoctorId(event.target.value);
              setOutcome(null);
            }}
          >
            <option value="" disabled>
              Choose a doctor
            </option>
            {doctors.map((each) => (
              <option key={each.id} value={each.id}>
                Dr {each.name} {each.surname}
              </option>
            ))}
          </select>
        </div>
      ) : doctor ? (
        <p className="hours-dialog__for">
          For Dr {doctor.name} {doctor.surname}
        </p>
      ) : null}
      <p className="hours-dialog__explain">
        Patients can book these hours on Docplanner. Each day is sent whole; the answer says which
        days Docplanner took.
      </p>
      <div className="hours-dialog__actions">
        {actions.filter((choice) => choice.action === 'open').map(actionButton)}
        <button
          type="button"
          className="hours-dialog__action hours-dialog__action--by-service"
          disabled={!doctorId}
          aria-expanded={byService}
          aria-controls={byService ? servicesPanelId : undefined}
          onClick={() => setByService((open) => !open)}
        >
          <span className="hours-dialog__action-label">
            {servicesLabel} <span aria-hidden="true">{byService ? '▴' : '▾'}</span>
          </span>
          <span className="hours-dialog__action-hint">
            One schedule: each service’s slots go to its own calendar
          </span>
        </button>
        {byService && doctorId ? (
          <div id={servicesPanelId} className="hours-dialog__services">
            <ChosenServices
              key={doctorId}
              doctorId={doctorId}
              busy={sending}
              onOpen={(addressServiceIds) =>
                void send(servicesLabel, 'open', { kind: 'services', addressServiceIds })
              }
            />
          </div>
        ) : null}
        {actions.filter((choice) => choice.action === 'close').map(actionButton)}
      </div>
      <div className="hours-dialog__outcome" aria-live="polite">
        {sending ? (
          <p className="hours-dialog__sending">Sending to Docplanner…</p>
        ) : outcome ? (
          <Outcome outcome={outcome} />
        ) : null}
      </div>
    </Dialog>
  );
}

const outcomeTitles: Record<HoursOutcome['kind'], string> = {
  applied: 'Done',
  partly: 'Only partly done',
  failed: 'Not done',
  refused: 'Not done',
};

function Outcome({ outcome }: { outcome: HoursOutcome & { label: string } }) {
  const tone =
    outcome.kind === 'applied' ? 'success' : outcome.kind === 'partly' ? 'warning' : 'error';
  return (
    <div
      className={`hours-outcome hours-outcome--${tone}`}
      role={tone === 'success' ? 'status' : 'alert'}
    >
      <p className="hours-outcome__title">
        <span aria-hidden="true">{tone === 'success' ? '✓ ' : '! '}</span>
        {outcomeTitles[outcome.kind]} — {outcome.label.toLowerCase()}
      </p>
      <p className="hours-outcome__message">
        {outcome.kind === 'refused' ? outcome.message : outcome.result.message}
      </p>
    </div>
  );
}
