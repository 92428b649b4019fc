// The board's range: this week by default, a week back or forward, or any days up to 42. The days
// are written in the page's language (DateField); the browser's date input stays the control.
import { useId } from 'react';
import { Temporal } from 'temporal-polyfill';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { DateField } from '../../ui/DateField.tsx';
import { type DayRange, maxRangeDays, type RangeProblem } from './payments-store.ts';
import '../../ui/field.css';
import './payments-fields.css';

const problemWords: Record<RangeProblem, MessageId> = {
  backwards: 'payments.range.problem.backwards',
  'too-long': 'payments.range.problem.tooLong',
};

function shiftWeek(days: DayRange, weeks: number): DayRange {
  return {
    first: Temporal.PlainDate.from(days.first).add({ weeks }).toString(),
    last: Temporal.PlainDate.from(days.last).add({ weeks }).toString(),
  };
}

export function PaymentsRangePicker({
  days,
  problem,
  onChange,
}: {
  days: DayRange;
  problem: RangeProblem | null;
  onChange: (days: DayRange) => void;
}) {
  const problemId = useId();
  const fromId = useId();
  const toId = useId();
  return (
    <fieldset className="payments-range" aria-describedby={problem ? problemId : undefined}>
      <legend className="visually-hidden">{t('payments.range.legend')}</legend>
      <div className="payments-range__row">
        <button
          type="button"
          className="payments-range__step"
          aria-label={t('payments.range.previous')}
          onClick={() => onChange(shiftWeek(days, -1))}
        >
          ‹
        </button>
        {/* Each label its own element: the field's written date stays out of the label's text. */}
        <div className="payments-range__field field-stacked field-label field-label--small">
          <label htmlFor={fromId}>{t('payments.range.from')}</label>
          <DateField
            id={fromId}
            className="field-control field-control--small-text"
            value={days.first}
            required
            onChange={(event) => {
              if (event.target.value) onChange({ ...days, first: event.target.value });
            }}
          />
        </div>
        <div className="payments-range__field field-stacked field-label field-label--small">
          <label htmlFor={toId}>{t('payments.range.to')}</label>
          <DateField
            id={toId}
            className="field-control field-control--small-text"
            value={days.last}
            required
            onChange={(event) => {
              if (event.target.value) onChange({ ...days, last: event.target.value });
            }}
          />
        </div>
        <button
          type="button"
          className="payments-range__step"
          aria-label={t('payments.range.next')}
          onClick={() => onChange(shiftWeek(days, 1))}
        >
          ›
        </button>
      </div>
      {problem ? (
        <p className="payments-range__problem" id={problemId} role="alert">
          {t(problemWords[problem], { max: maxRangeDays })}
        </p>
      ) : null}
    </fieldset>
  );
}
