import type { ReactNode } from 'react';
import './button-link.css';

/**
 * A link that looks like a small button: the agenda header's ways to the other screens.
 * `warning`: something waits to be looked at.
 */
export function ButtonLink({
  href,
  tone = 'plain',
  children,
}: {
  href: string;
  tone?: 'plain' | 'warning';
  children: ReactNode;
}) {
  return (
    <a className={`button-link button-link--${tone}`} href={href}>
      {children}
    </a>
  );
}
