import type { InputHTMLAttributes, ReactNode } from 'react';
import './time-choice.css';

export interface TimeChoiceProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'children'> {
  /** At an online address: purple. */
  online?: boolean;
  /** On the chip (a label), e.g. a name for tests to find it by. */
  className?: string;
  children: ReactNode;
}

/** A time to choose among others: a radio button drawn as a chip (the booking and move dialogs). */
export function TimeChoice({ online = false, className, children, ...input }: TimeChoiceProps) {
  return (
    <label
      className={['time-choice', online ? 'time-choice--online' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <input type="radio" {...input} />
      <span>{children}</span>
    </label>
  );
}
