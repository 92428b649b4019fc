import type { ReactNode } from 'react';
import './screen.css';

/**
 * A page of its own over the agenda (payments, mapping, dead letters, day sheet): the whole
 * window, scrolled on its own. `className` names the screen (its stylesheet's hook); `onTop`
 * lays it over the app's toasts and dialogs too (the day sheet, printed alone).
 */
export function Screen({
  className,
  onTop = false,
  children,
}: {
  className?: string;
  onTop?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={['screen', onTop ? 'screen--on-top' : null, className].filter(Boolean).join(' ')}
    >
      {children}
    </div>
  );
}

export type ScreenWidth = 'narrow' | 'wide' | 'widest';

/**
 * A screen's content under its header: centred, padded, at most `width` wide (narrow 1100 px,
 * wide 1280 px, widest 1440 px). The screen's own class lays out what is inside.
 */
export function ScreenBody({
  as: Tag = 'main',
  width = 'narrow',
  className,
  children,
}: {
  /** `main` (the landmark) unless the screen is not one (the day sheet's sheets). */
  as?: 'main' | 'div';
  width?: ScreenWidth;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Tag
      className={['screen__body', `screen__body--${width}`, className].filter(Boolean).join(' ')}
    >
      {children}
    </Tag>
  );
}
