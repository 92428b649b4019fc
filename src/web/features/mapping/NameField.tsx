// One of the clinic's names (a calendar or a service), edited in place and saved on its own:
// Save (or Enter) sends it, the line below says what happened. Empty means "no name of ours".
import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import './name-field.css';

const maxLength = 80;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** `reason`: the API client's sentence, or null when nothing better is known. */
  | { kind: 'failed'; reason: string | null };

export interface NameFieldProps {
  /** The accessible name of the input, e.g. "Name in the agenda for Medical Clinic online (234)". */
  label: string;
  /** The accessible name of its Save button, e.g. "Save the name in the agenda for …". */
  saveLabel: string;
  /** What the server holds now. */
  saved: string | null;
  /** Shown in the empty input: what the agenda uses when there is no name of ours. */
  placeholder: string;
  onSave: (name: string | null) => Promise<void>;
}

export function NameField({ label, saveLabel, saved, placeholder, onSave }: NameFieldProps) {
  const [draft, setDraft] = useState(saved ?? '');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const statusId = useId();
  // A fresh read of the mapping replaces the draft only when nobody is typing a change.
  const [lastSaved, setLastSaved] = useState(saved);
  useEffect(() => {
    if (saved === lastSaved) return;
    setLastSaved(saved);
    setDraft((current) => (current.trim() === (lastSaved ?? '') ? (saved ?? '') : current));
  }, [saved, lastSaved]);

  const next = draft.trim() === '' ? null : draft.trim();
  const changed = next !== saved;
  const tooLong = draft.trim().length > maxLength;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!changed || tooLong || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      await onSave(next);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : null });
    }
  }

  const status = tooLong
    ? { tone: 'error', text: t('mapping.nameField.tooLong', { max: maxLength }) }
    : state.kind === 'saving'
      ? { tone: 'muted', text: t('mapping.saving') }
      : state.kind === 'failed'
        ? {
            tone: 'error',
            text: t('mapping.nameField.failed', {
              reason: (state.reason ?? t('mapping.error.unknown')).replace(/\.$/, ''),
            }),
          }
        : state.kind === 'saved' && !changed
          ? {
              tone: 'success',
              text: next === null ? t('mapping.nameField.removed') : t('mapping.saved'),
            }
          : changed
            ? { tone: 'muted', text: t('mapping.nameField.unsaved') }
            : null;

  return (
    <form className="name-field" onSubmit={(event) => void submit(event)}>
      <div className="name-field__row">
        <input
          className="name-field__input"
          aria-label={label}
          aria-describedby={status ? statusId : undefined}
          aria-invalid={tooLong || state.kind === 'failed' ? true : undefined}
          value={draft}
          placeholder={placeholder}
          onChange={(event) => {
            setDraft(event.target.value);
            if (state.kind !== 'saving') setState({ kind: 'idle' });
          }}
        />
        <button
          type="submit"
          className="name-field__save"
          disabled={!changed || tooLong || state.kind === 'saving'}
          aria-label={saveLabel}
        >
          {t('mapping.nameField.save')}
        </button>
      </div>
      <p
        id={statusId}
        className={`name-field__status name-field__status--${status?.tone ?? 'none'}`}
        role={state.kind === 'failed' ? 'alert' : 'status'}
      >
        {status?.text ?? ''}
      </p>
    </form>
  );
}
