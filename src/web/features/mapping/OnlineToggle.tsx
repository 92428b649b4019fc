// The service-based online rule for one address service: visits of a service marked online are
// purple even at a regular address. Saved as soon as it changes; a refusal puts it back and says so.
import { useState } from 'react';
import { t } from '../../lib/i18n/messages.ts';
import './online-toggle.css';

export interface OnlineToggleProps {
  label: string;
  online: boolean;
  onSave: (online: boolean) => Promise<void>;
}

export function OnlineToggle({ label, online, onSave }: OnlineToggleProps) {
  const [pending, setPending] = useState<boolean | null>(null);
  const [result, setResult] = useState<{ ok: true } | { ok: false; reason: string | null } | null>(
    null,
  );
  const checked = pending ?? online;

  async function change(next: boolean) {
    setPending(next);
    setResult(null);
    try {
      await onSave(next);
      setResult({ ok: true });
    } catch (error) {
      setResult({ ok: false, reason: error instanceof Error ? error.message : null });
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="online-toggle">
      <label className="online-toggle__label">
        <input
          type="checkbox"
          className="online-toggle__input"
          checked={checked}
          disabled={pending !== null}
          aria-label={label}
          onChange={(event) => void change(event.target.checked)}
        />
        <span
          className={
            checked ? 'online-toggle__text online-toggle__text--on' : 'online-toggle__text'
          }
        >
          {t('mapping.online.toggle')}
        </span>
      </label>
      <span
        className={`online-toggle__status${result && !result.ok ? ' online-toggle__status--error' : ''}`}
        role={result && !result.ok ? 'alert' : 'status'}
      >
        {pending !== null
          ? t('mapping.saving')
          : result === null
            ? ''
            : result.ok
              ? t('mapping.saved')
              : t('mapping.online.failed', {
                  reason: (result.reason ?? t('mapping.error.unknown')).replace(/\.$/, ''),
                })}
      </span>
    </div>
  );
}
