// The board's range: this week by default, a week back or forward, or any days up to 42.
import { useId } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { DayRange } from './payments-store.ts';

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
  problem: string | null;
  onChange: (days: DayRange) => void;
}) {
  const problemId = useId();
  return (
    <fieldset className="payments-range" aria-describedby={problem ? problemId : undefined}>
      <legend className="visually-hidden">Range of visit days</legend>
      <div className="payments-range__row">
        <button
          type="button"
          className="payments-range__step"
          aria-label="Previous week"
          onClick={() => onChange(shiftWeek(days, -1))}
        >
          ‹
        </button>
        <label className="payments-range__field">
          <span>From</span>
          <input
            type="date"
            value={days.first}
            required
            onChange={(event) => {
              if (event.target.value) onChange({ ...days, first: event.target.value });
            }}
          />
        </label>
        <label className="payments-range__field">
          <span>To</span>
          <input
            type="date"
            value={days.last}
            required
            onChange={(event) => {
              if (event.target.value) onChange({ ...days, last: event.target.value });
            }}
          />
        </label>
        <button
          type="button"
          className="payments-range__step"
          aria-label="Next week"
          onClick={() => onChange(shiftWeek(days, 1))}
        >
          ›
        </button>
      </div>
      {problem ? (
        <p className="payments-range__problem" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
