// Opening or closing a doctor's hours on Docplanner for the range selected in the agenda: hours
// for online visits go to the online address, hours at the clinic to the regular one, never mixed;
// or, the seed's fallback, hours for chosen services, split between the two by service. The answer
// is said in words — done, only partly done (which days, Docplanner's reason), or refused.
import { useId, useState } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { HoursActions } from './HoursActions.tsx';
import { describeRange } from './hours-range-text.ts';
import { OutcomeReport } from './OutcomeReport.tsx';
import { usePublishHours } from './use-publish-hours.ts';
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
  const publishing = usePublishHours({
    doctorId,
    start: selection.start,
    end: selection.end,
    onPublished,
  });
  const doctorFieldId = useId();
  const doctor = doctors.find((each) => each.id === doctorId);
  const doctorName = (each: HoursDoctor) =>
    t('hours.doctor.name', { name: each.name, surname: each.surname });

  return (
    <Dialog
      title={t('hours.title')}
      subtitle={describeRange(selection.start, selection.end, timeZone)}
      onClose={onClose}
      className="hours-dialog"
    >
      {chooseDoctor ? (
        <div className="hours-dialog__doctor">
          <label htmlFor={doctorFieldId}>{t('hours.doctor.label')}</label>
          <select
            id={doctorFieldId}
            value={doctorId}
            onChange={(event) => {
              setDoctorId(event.target.value);
              publishing.forgetOutcome();
            }}
          >
            <option value="" disabled>
              {t('hours.doctor.choose')}
            </option>
            {doctors.map((each) => (
              <option key={each.id} value={each.id}>
                {doctorName(each)}
              </option>
            ))}
          </select>
        </div>
      ) : doctor ? (
        <p className="hours-dialog__for">{t('hours.doctor.for', { doctor: doctorName(doctor) })}</p>
      ) : null}
      <p className="hours-dialog__explain">{t('hours.explain')}</p>
      <HoursActions
        doctorId={doctorId}
        sending={publishing.sending}
        onSend={(action, hours) => void publishing.send(action, hours)}
      />
      <div className="hours-dialog__outcome" aria-live="polite">
        {publishing.sending ? (
          <p className="hours-dialog__sending">{t('hours.sending')}</p>
        ) : publishing.outcome ? (
          <OutcomeReport outcome={publishing.outcome} />
        ) : null}
      </div>
    </Dialog>
  );
}
