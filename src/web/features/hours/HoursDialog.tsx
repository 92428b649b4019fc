// Opening or closing a doctor's hours on Docplanner for the range selected in the agenda: hours
// for online visits go to the online address, hours at the clinic to the regular one, never mixed;
// or, the seed's fallback, hours for chosen services, split between the two by service. The answer
// is said in words — done, only partly done (which days, Docplanner's reason), or refused.
import { useId, useState } from 'react';
import type { HoursRequest, HoursResult } from '../../../shared/api/online-hours.ts';
import { formatTime, formatterFor } from '../../lib/facility-time.ts';
import { activeIntlTag, type MessageId, t } from '../../lib/i18n/messages.ts';
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

/** What the person asked for, as the answer names it. */
type Asked = `${HoursRequest['action']}-${HoursRequest['hours']['kind']}`;

type Action = { action: HoursRequest['action']; kind: 'online' | 'regular' };

const actions: readonly (Action & { label: MessageId; hint: MessageId })[] = [
  {
    action: 'open',
    kind: 'online',
    label: 'hours.action.openOnline',
    hint: 'hours.action.openOnline.hint',
  },
  {
    action: 'open',
    kind: 'regular',
    label: 'hours.action.openRegular',
    hint: 'hours.action.openRegular.hint',
  },
  {
    action: 'close',
    kind: 'online',
    label: 'hours.action.closeOnline',
    hint: 'hours.action.closeOnline.hint',
  },
  {
    action: 'close',
    kind: 'regular',
    label: 'hours.action.closeRegular',
    hint: 'hours.action.closeRegular.hint',
  },
];

const actionLabels: Record<Asked, MessageId> = {
  'open-online': 'hours.action.openOnline',
  'open-regular': 'hours.action.openRegular',
  'open-services': 'hours.action.openServices',
  'close-online': 'hours.action.closeOnline',
  'close-regular': 'hours.action.closeRegular',
  'close-services': 'hours.action.closeServices',
};

/** What a request that went through changed, in the words of the one who asked. */
const doneTexts: Record<Asked, MessageId> = {
  'open-online': 'hours.done.openOnline',
  'open-regular': 'hours.done.openRegular',
  'open-services': 'hours.done.openServices',
  'close-online': 'hours.done.closeOnline',
  'close-regular': 'hours.done.closeRegular',
  'close-services': 'hours.done.closeServices',
};

const wholeDay = { weekday: 'long', day: 'numeric', month: 'long' } as const;

function describeRange(start: string, end: string, timeZone: string): string {
  const day = (instant: string) => formatterFor(timeZone, wholeDay).format(Date.parse(instant));
  const from = formatTime(start, timeZone);
  const to = formatTime(end, timeZone);
  const startDay = day(start);
  const endDay = day(new Date(Date.parse(end) - 1).toISOString());
  return startDay === endDay
    ? t('hours.range.oneDay', { day: startDay, from, to })
    : t('hours.range.days', { startDay, from, endDay: day(end), to });
}

/** `2026-11-26` as the page's language writes a day: `Thu, 26 Nov`. */
function dayText(day: string): string {
  // A calendar date, not an instant: read at noon UTC, formatted in UTC.
  return formatterFor('UTC', { weekday: 'short', day: 'numeric', month: 'short' }).format(
    Date.parse(`${day}T12:00:00Z`),
  );
}

/**
 * The server says why Docplanner refused a day as "<what happened>: <Docplanner's own words>";
 * what happened is one of a few sentences, said here in the page's language. Docplanner's own
 * words (or a sentence this page does not know) are shown as they came.
 */
const docplannerReasons: readonly [string, MessageId][] = [
  ['Docplanner is busy with a previous change (try again in a minute)', 'hours.reason.busy'],
  ['Docplanner reports a conflict', 'hours.reason.conflict'],
  ['Docplanner does not allow this', 'hours.reason.notAllowed'],
  ['Docplanner refused it', 'hours.reason.refused'],
  ['Docplanner did not answer', 'hours.reason.noAnswer'],
];

function reasonText(message: string): string {
  for (const [english, id] of docplannerReasons) {
    if (message === english) return t(id);
    if (message.startsWith(`${english}: `)) {
      return `${t(id)}: ${message.slice(english.length + 2)}`;
    }
  }
  return message;
}

/** The days Docplanner refused, grouped by reason: `Thu, 26 Nov and Fri, 27 Nov: <reason>`. */
function failures(result: HoursResult): string[] {
  const byReason = new Map<string, string[]>();
  for (const failure of result.failed) {
    const days = byReason.get(failure.message) ?? [];
    if (!days.includes(failure.day)) days.push(failure.day);
    byReason.set(failure.message, days);
  }
  const list = new Intl.ListFormat(activeIntlTag(), { type: 'conjunction' });
  return [...byReason].map(([reason, days]) =>
    t('hours.outcome.failedDays', {
      days: list.format(days.sort().map(dayText)),
      reason: reasonText(reason),
    }),
  );
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
  const [outcome, setOutcome] = useState<(HoursOutcome & { asked: Asked }) | null>(null);
  const [byService, setByService] = useState(false);
  const doctorFieldId = useId();
  const servicesPanelId = useId();
  const doctor = doctors.find((each) => each.id === doctorId);
  const doctorName = (each: HoursDoctor) =>
    t('hours.doctor.name', { name: each.name, surname: each.surname });

  async function send(action: HoursRequest['action'], hours: HoursRequest['hours']) {
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
    setOutcome({ ...result, asked: `${action}-${hours.kind}` });
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
      onClick={() => void send(choice.action, { kind: choice.kind })}
    >
      <span className="hours-dialog__action-label">{t(choice.label)}</span>
      <span className="hours-dialog__action-hint">{t(choice.hint)}</span>
    </button>
  );

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
              setOutcome(null);
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
            {t('hours.action.openServices')} <span aria-hidden="true">{byService ? '▴' : '▾'}</span>
          </span>
          <span className="hours-dialog__action-hint">{t('hours.action.openServices.hint')}</span>
        </button>
        {byService && doctorId ? (
          <div id={servicesPanelId} className="hours-dialog__services">
            <ChosenServices
              key={doctorId}
              doctorId={doctorId}
              busy={sending}
              onOpen={(addressServiceIds) =>
                void send('open', { kind: 'services', addressServiceIds })
              }
            />
          </div>
        ) : null}
        {actions.filter((choice) => choice.action === 'close').map(actionButton)}
      </div>
      <div className="hours-dialog__outcome" aria-live="polite">
        {sending ? (
          <p className="hours-dialog__sending">{t('hours.sending')}</p>
        ) : outcome ? (
          <Outcome outcome={outcome} />
        ) : null}
      </div>
    </Dialog>
  );
}

const outcomeTitles: Record<HoursOutcome['kind'], MessageId> = {
  applied: 'hours.outcome.applied',
  partly: 'hours.outcome.partly',
  failed: 'hours.outcome.failed',
  refused: 'hours.outcome.failed',
};

function outcomeLines(outcome: HoursOutcome & { asked: Asked }): string[] {
  switch (outcome.kind) {
    case 'applied':
      return [t(doneTexts[outcome.asked])];
    case 'partly': {
      const { applied, failed } = outcome.result;
      return [
        t('hours.outcome.partlyCount', {
          applied: applied.length,
          total: applied.length + failed.length,
        }),
        ...failures(outcome.result),
      ];
    }
    case 'failed':
      return [t('hours.outcome.nothingChanged'), ...failures(outcome.result)];
    case 'refused':
      // The server's own sentence (why it could not route the request), as the API client reads it.
      return [outcome.message];
  }
}

function Outcome({ outcome }: { outcome: HoursOutcome & { asked: Asked } }) {
  const tone =
    outcome.kind === 'applied' ? 'success' : outcome.kind === 'partly' ? 'warning' : 'error';
  return (
    <div
      className={`hours-outcome hours-outcome--${tone}`}
      role={tone === 'success' ? 'status' : 'alert'}
    >
      <p className="hours-outcome__title">
        <span aria-hidden="true">{tone === 'success' ? '✓ ' : '! '}</span>
        {t('hours.outcome.title', {
          outcome: t(outcomeTitles[outcome.kind]),
          action: t(actionLabels[outcome.asked]),
        })}
      </p>
      {outcomeLines(outcome).map((line) => (
        <p key={line} className="hours-outcome__message">
          {line}
        </p>
      ))}
    </div>
  );
}
