import type { ReactNode } from 'react';
import './screen-header.css';

export interface ScreenHeaderProps {
  /** The way back, e.g. "← Agenda". */
  backLabel: string;
  /** Where back leads: the agenda unless said. */
  backHref?: string;
  title: ReactNode;
  /** A line (or lines, one paragraph each) under the title. */
  subtitle?: ReactNode | readonly ReactNode[];
  /** At the right: the screen's controls, each its own item of the row (they wrap one by one). */
  actions?: ReactNode;
  /**
   * `page`: the way back above the title, on the surface's strip (a `<header>`); `bar`: back,
   * title and actions on one line that stays at the top while the screen scrolls (a `<div>`:
   * the day sheet is no page's banner).
   */
  variant?: 'page' | 'bar';
  className?: string;
}

/** A screen's head: the way back to the agenda, its title (the page's `h1`), actions at the right. */
export function ScreenHeader({
  backLabel,
  backHref = '#/',
  title,
  subtitle,
  actions,
  variant = 'page',
  className,
}: ScreenHeaderProps) {
  const Tag = variant === 'bar' ? 'div' : 'header';
  const subtitles = subtitle === undefined || subtitle === null ? [] : [subtitle].flat();
  return (
    <Tag
      className={['screen-header', `screen-header--${variant}`, className]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="screen-header__heading">
        <a className="screen-header__back" href={backHref}>
          {backLabel}
        </a>
        <h1 className="screen-header__title">{title}</h1>
        {subtitles.map((line, index) => (
          // The lines are fixed by the screen: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={index} className="screen-header__subtitle">
            {line}
          </p>
        ))}
      </div>
      {actions}
    </Tag>
  );
}
