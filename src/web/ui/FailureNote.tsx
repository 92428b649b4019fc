import type { ReactNode } from 'react';
import './failure-note.css';

/** What went wrong, said where it happened and announced at once (`role="alert"`). */
export function FailureNote({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="failure-note">
      {children}
    </p>
  );
}
