// Docplanner's answer under the hours dialog's buttons: a status when all went through, an alert
// when only part of it did or nothing did.
import { t } from '../../lib/i18n/messages.ts';
import {
  type AskedOutcome,
  actionLabels,
  outcomeLines,
  outcomeTitles,
} from './hours-outcome-text.ts';

export function OutcomeReport({ outcome }: { outcome: AskedOutcome }) {
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
