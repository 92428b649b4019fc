// What can be done to a visit from its card: mark the patient arrived or a no-show (once the visit
// has begun, and again the same day to correct it), confirm it, move it, cancel it with a reason
// for the patient. Each action shows at once and is put back, with Docplanner's reason, if refused.
import { useId, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { Visit } from '../../../shared/api/visit.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useServerNow } from '../../lib/server-clock.ts';
import { isCancelledVisit } from '../../lib/visit-text.ts';
import { Button } from '../../ui/Button.tsx';
import { FailureNote } from '../../ui/FailureNote.tsx';
import type { ApplyVisit } from './perform-visit-action.ts';
import { useVisitAction } from './use-visit-action.ts';
import './visit-actions.css';

export interface VisitActionsProps {
  visit: Visit;
  timeZone: string;
  applyVisit: ApplyVisit;
  /** Opens the choice of a new time. */
  onMove: () => void;
  /** An action has been answered (done or refused). */
  onSettled?: () => void;
}

function sameClinicDay(aMs: number, bMs: number, timeZone: string): boolean {
  const day = (ms: number) =>
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();
  return day(aMs).equals(day(bMs));
}

export function VisitActions({
  visit,
  timeZone,
  applyVisit,
  onMove,
  onSettled,
}: VisitActionsProps) {
  const nowMs = useServerNow(30_000);
  const { pending, failure, run } = useVisitAction(visit, applyVisit, onSettled);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();

  if (isCancelledVisit(visit) || visit.movedTo) {
    return failure ? <FailureNote>{failure}</FailureNote> : null;
  }
  const startMs = Date.parse(visit.start);
  const begun = nowMs >= startMs;
  const presenceOpen = begun && sameClinicDay(nowMs, startMs, timeZone);
  const ahead = !begun;
  const busy = pending !== null;

  return (
    <section className="visit-actions" aria-label={t('visit-actions.region')}>
      {presenceOpen ? (
        <fieldset className="visit-actions__presence">
          <legend className="visually-hidden">{t('visit-actions.presence.legend')}</legend>
          <button
            type="button"
            className="visit-actions__toggle visit-actions__toggle--arrived"
            aria-pressed={visit.presence === 'present'}
            disabled={busy}
            onClick={() => void run({ action: 'presence', body: { presence: 'present' } })}
          >
            {t('visit-actions.presence.arrived')}
          </button>
          <button
            type="button"
            className="visit-actions__toggle visit-actions__toggle--no-show"
            aria-pressed={visit.presence === 'absent'}
            disabled={busy}
            onClick={() => void run({ action: 'presence', body: { presence: 'absent' } })}
          >
            {t('visit-actions.presence.noShow')}
          </button>
        </fieldset>
      ) : null}

      {cancelling ? (
        <form
          className="visit-actions__cancel"
          onSubmit={(event) => {
            event.preventDefault();
            const text = reason.trim();
            void run({ action: 'cancel', body: text ? { reason: text } : {} }).then((done) => {
              if (done) setCancelling(false);
            });
          }}
        >
          <p className="visit-actions__question">{t('visit-actions.cancel.question')}</p>
          <label htmlFor={reasonId}>{t('visit-actions.cancel.reason')}</label>
          <textarea
            id={reasonId}
            value={reason}
            maxLength={500}
            rows={2}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="visit-actions__row">
            <Button type="submit" variant="primary" className="button--danger" disabled={busy}>
              {t('visit-actions.cancel.yes')}
            </Button>
            <Button disabled={busy} onClick={() => setCancelling(false)}>
              {t('visit-actions.cancel.no')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="visit-actions__row">
          {!visit.confirmed && ahead ? (
            <Button disabled={busy} onClick={() => void run({ action: 'confirm' })}>
              {t('visit-actions.button.confirm')}
            </Button>
          ) : null}
          {ahead ? (
            <>
              <Button disabled={busy} onClick={onMove}>
                {t('visit-actions.button.move')}
              </Button>
              <Button disabled={busy} onClick={() => setCancelling(true)}>
                {t('visit-actions.button.cancel')}
              </Button>
            </>
          ) : null}
        </div>
      )}

      <p className={pending ? 'visit-actions__saving' : 'visually-hidden'} role="status">
        {pending ? t('visit-actions.saving') : ''}
      </p>
      {failure ? <FailureNote>{failure}</FailureNote> : null}
    </section>
  );
}
