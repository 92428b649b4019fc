import type { ReactNode } from 'react';
import './banner.css';

export type BannerTone = 'sandbox' | 'warning' | 'error' | 'info';

/** A full-width strip of text above the page content; `role` picks how loudly it is announced. */
export function Banner({
  tone,
  role,
  children,
}: {
  tone: BannerTone;
  role?: 'status' | 'alert' | 'note';
  children: ReactNode;
}) {
  return (
    <div className={`banner banner--${tone}`} role={role}>
      {children}
    </div>
  );
}
