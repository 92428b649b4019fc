// The hours dialog's buttons: open online or at the clinic, open for chosen services (a panel
// that unfolds), close online or at the clinic. Each names what it does and, under it, where.
import { useId, useState } from 'react';
import type { HoursRequest } from '../../../shared/api/online-hours.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { ChosenServices } from './ChosenServices.tsx';

type Action = { action: HoursRequest['action']; kind: 'online' | 'regular' };

const actions: readonly (Action & { label: MessageId; hint: MessageId })[] = [
  {
    action: 'open',
    kind: 'online',
    label: 'hours.action.openOnline',
    hint: 'hours.action.openOnline.hint',
  },
  {
    action: 'open',
    kind: 'regular',
    label: 'hours.action.openRegular',
    hint: 'hours.action.openRegular.hint',
  },
  {
    action: 'close',
    kind: 'online',
    label: 'hours.action.closeOnline',
    hint: 'hours.action.closeOnline.hint',
  },
  {
    action: 'close',
    kind: 'regular',
    label: 'hours.action.closeRegular',
    hint: 'hours.action.closeRegular.hint',
  },
];

export interface HoursActionsProps {
  /** Whose hours; none chosen yet leaves the buttons off. */
  doctorId: string;
  /** A change is on its way to Docplanner. */
  sending: boolean;
  onSend: (action: HoursRequest['action'], hours: HoursRequest['hours']) => void;
}

export function HoursActions({ doctorId, sending, onSend }: HoursActionsProps) {
  const [byService, setByService] = useState(false);
  const servicesPanelId = useId();

  const actionButton = (choice: (typeof actions)[number]) => (
    <button
      key={`${choice.action}-${choice.kind}`}
      type="button"
      className={`hours-dialog__action hours-dialog__action--${choice.action}-${choice.kind}`}
      // Not `disabled` while sending: the focus stays on the button (Escape still closes).
      disabled={!doctorId}
      aria-disabled={sending ? true : undefined}
      onClick={() => onSend(choice.action, { kind: choice.kind })}
    >
      <span className="hours-dialog__action-label">{t(choice.label)}</span>
      <span className="hours-dialog__action-hint">{t(choice.hint)}</span>
    </button>
  );

  return (
    <div className="hours-dialog__actions">
      {actions.filter((choice) => choice.action === 'open').map(actionButton)}
      <button
        type="button"
        className="hours-dialog__action hours-dialog__action--by-service"
        disabled={!doctorId}
        aria-expanded={byService}
        aria-controls={byService ? servicesPanelId : undefined}
        onClick={() => setByService((open) => !open)}
      >
        <span className="hours-dialog__action-label">
          {t('hours.action.openServices')} <span aria-hidden="true">{byService ? '▴' : '▾'}</span>
        </span>
        <span className="hours-dialog__action-hint">{t('hours.action.openServices.hint')}</span>
      </button>
      {byService && doctorId ? (
        <div id={servicesPanelId} className="hours-dialog__services">
          <ChosenServices
            key={doctorId}
            doctorId={doctorId}
            busy={sending}
            onOpen={(addressServiceIds) => onSend('open', { kind: 'services', addressServiceIds })}
          />
        </div>
      ) : null}
      {actions.filter((choice) => choice.action === 'close').map(actionButton)}
    </div>
  );
}
