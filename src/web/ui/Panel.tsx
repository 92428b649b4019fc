import type { AriaRole, ReactNode } from 'react';
import './panel.css';

export interface PanelProps {
  /** The element: a `section` unless the panel is an item of a list or a note. */
  as?: 'section' | 'li' | 'div';
  /** The panel's heading, at `titleLevel` (h2 by default); none for an untitled panel. */
  title?: ReactNode;
  titleLevel?: 2 | 3;
  /** The heading's id, for `aria-labelledby` on the panel. */
  titleId?: string;
  titleClassName?: string;
  /** Beside the title, on its line (badges, a count, when it came). */
  aside?: ReactNode;
  headClassName?: string;
  /**
   * A coloured edge, in `--panel-accent` (the border's strong colour unless the screen says):
   * `top` for a kind of thing, `left` for a state.
   */
  accent?: 'top' | 'left';
  /** `danger`: something could not be done (what failed and the way to try again). */
  tone?: 'plain' | 'danger';
  className?: string;
  role?: AriaRole;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  children?: ReactNode;
}

/** A titled card on a screen: a surface with a border, a soft shadow and, if asked, an edge. */
export function Panel({
  as: Tag = 'section',
  title,
  titleLevel = 2,
  titleId,
  titleClassName,
  aside,
  headClassName,
  accent,
  tone = 'plain',
  className,
  children,
  ...rest
}: PanelProps) {
  const Heading = titleLevel === 3 ? 'h3' : 'h2';
  const heading =
    title === undefined ? null : (
      <Heading id={titleId} className={['panel__title', titleClassName].filter(Boolean).join(' ')}>
        {title}
      </Heading>
    );
  return (
    <Tag
      className={['panel', `panel--${tone}`, accent ? `panel--accent-${accent}` : null, className]
        .filter(Boolean)
        .join(' ')}
      {...rest}
    >
      {aside === undefined ? (
        heading
      ) : (
        <div className={['panel__head', headClassName].filter(Boolean).join(' ')}>
          {heading}
          {aside}
        </div>
      )}
      {children}
    </Tag>
  );
}
