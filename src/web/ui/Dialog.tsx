// A modal dialog that behaves the same in every browser and in tests: labelled by its title,
// focus moves in on open and back to where it was on close, Tab stays inside, Escape and a
// click on the backdrop close it.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '../lib/i18n/messages.ts';
import './dialog.css';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  /** The accessible name and the visible heading. */
  title: ReactNode;
  /** A line under the title (e.g. the service). */
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Extra class on the panel, e.g. to tint it for online visits. */
  className?: string;
}

export function Dialog({ title, subtitle, onClose, children, className }: DialogProps) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previouslyFocused =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => previouslyFocused?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const items = [...panelRef.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop only catches clicks outside the panel; the panel itself is the keyboard-reachable dialog
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={['dialog', className].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
      >
        <header className="dialog__header">
          <div className="dialog__heading">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            {subtitle ? <p className="dialog__subtitle">{subtitle}</p> : null}
          </div>
          <button ref={closeRef} type="button" className="dialog__close" onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('ui.dialog.close')}</span>
          </button>
        </header>
        <div className="dialog__body">{children}</div>
      </div>
    </div>
  );
}
