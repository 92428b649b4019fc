// A date as the clinic writes it, in the page's language (`7 gru 2026`, `7. Dez. 2026`), with the
// browser's own calendar to pick from. The browser's date input writes the date in the browser's
// language (the US way on most machines), whatever the page speaks: it stays the control (focus,
// keyboard, labels, forms), transparent over the date written our way.
import { type InputHTMLAttributes, useRef } from 'react';
import { Temporal } from 'temporal-polyfill';
import { activeIntlTag } from '../lib/i18n/messages.ts';
import './date-field.css';

const written: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};

/** `2026-12-07` → `Mon, 7 Dec 2026` in the page's language; empty for no or a broken date. */
export function writtenDate(isoDate: string): string {
  try {
    return Temporal.PlainDate.from(isoDate).toLocaleString(activeIntlTag(), written);
  } catch {
    return '';
  }
}

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  /** `YYYY-MM-DD`, or empty. */
  value: string;
};

export function DateField({ value, className, onClick, ...input }: DateFieldProps) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <span className={`date-field${className ? ` ${className}` : ''}`}>
      <span className="date-field__text" aria-hidden="true">
        {writtenDate(value)}
      </span>
      <input
        {...input}
        ref={ref}
        type="date"
        value={value}
        className="date-field__input"
        onClick={(event) => {
          onClick?.(event);
          // The whole field opens the calendar, not only its small icon.
          try {
            ref.current?.showPicker();
          } catch {
            // Not allowed here (no user gesture, or a browser without it): typing still works.
          }
        }}
      />
    </span>
  );
}
