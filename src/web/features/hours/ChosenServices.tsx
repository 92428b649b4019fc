// The seed's fallback for a clinic that keeps one schedule: one range offered for the services the
// doctor ticks, split by the server — online services to the online address, the rest to the
// regular one. Loads the doctor's services, groups them by where they go, and says why it cannot
// send (nothing chosen, services not loaded).
import { useEffect, useId, useState } from 'react';
import type { HoursServices } from '../../../shared/api/online-hours.ts';
import { activeIntlTag, type MessageId, t } from '../../lib/i18n/messages.ts';
import { fetchHoursServices } from './hours-api.ts';

type Service = HoursServices['services'][number];

type Loading =
  | { status: 'loading' }
  | { status: 'ready'; services: readonly Service[] }
  /** `reason`: the API client's sentence, or null when nothing better is known. */
  | { status: 'failed'; reason: string | null };

/** Where a service's slots go; an online-marked service of a regular address can go nowhere. */
function destination(service: Service): 'online' | 'regular' | 'nowhere' {
  if (service.addressIsOnlineOnly) return 'online';
  return service.online ? 'nowhere' : 'regular';
}

export interface ChosenServicesProps {
  doctorId: string;
  /** A request is on its way: do not start another. */
  busy: boolean;
  onOpen: (addressServiceIds: string[]) => void;
}

export function ChosenServices({ doctorId, busy, onOpen }: ChosenServicesProps) {
  const [loading, setLoading] = useState<Loading>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const reasonId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the "Try again" trigger.
  useEffect(() => {
    const controller = new AbortController();
    setLoading({ status: 'loading' });
    setChosen(new Set());
    fetchHoursServices(doctorId, controller.signal).then(
      ({ services }) => {
        if (!controller.signal.aborted) setLoading({ status: 'ready', services });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoading({ status: 'failed', reason: error instanceof Error ? error.message : null });
      },
    );
    return () => controller.abort();
  }, [doctorId, attempt]);

  if (loading.status === 'loading') {
    return <p className="chosen-services__note">{t('hours.services.loading')}</p>;
  }
  if (loading.status === 'failed') {
    return (
      <div className="chosen-services__problem" role="alert">
        <p>
          {t('hours.services.failed', {
            reason: (loading.reason ?? t('hours.error.unknown')).replace(/\.$/, ''),
          })}
        </p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('hours.retry')}
        </button>
      </div>
    );
  }

  const groups: { key: string; legend: MessageId; services: Service[] }[] = [
    {
      key: 'online',
      legend: 'hours.services.group.online',
      services: loading.services.filter((s) => destination(s) === 'online'),
    },
    {
      key: 'regular',
      legend: 'hours.services.group.regular',
      services: loading.services.filter((s) => destination(s) === 'regular'),
    },
  ];
  const stranded = loading.services.filter((s) => destination(s) === 'nowhere');
  const reason =
    loading.services.length === 0
      ? t('hours.services.noneAtAll')
      : chosen.size === 0
        ? t('hours.services.chooseOne')
        : null;

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <div className="chosen-services">
      <p className="chosen-services__note">{t('hours.services.note')}</p>
      {groups.map((group) => (
        <fieldset
          key={group.key}
          className={`chosen-services__group chosen-services__group--${group.key}`}
        >
          <legend>{t(group.legend)}</legend>
          {group.services.length === 0 ? (
            <p className="chosen-services__empty">{t('hours.services.empty')}</p>
          ) : (
            group.services.map((service) => (
              <label key={service.addressServiceId} className="chosen-services__service">
                <input
                  type="checkbox"
                  checked={chosen.has(service.addressServiceId)}
                  onChange={(event) => toggle(service.addressServiceId, event.target.checked)}
                />
                <span>{service.name}</span>
                {service.duration !== null ? (
                  <span className="chosen-services__duration">
                    {t('hours.services.duration', { minutes: service.duration })}
                  </span>
                ) : null}
              </label>
            ))
          )}
        </fieldset>
      ))}
      {stranded.length > 0 ? (
        <p className="chosen-services__note">
          {t('hours.services.stranded', {
            services: new Intl.ListFormat(activeIntlTag(), { type: 'conjunction' }).format(
              stranded.map((s) => s.name),
            ),
          })}
        </p>
      ) : null}
      <div className="chosen-services__send">
        <button
          type="button"
          className="hours-dialog__action hours-dialog__action--open-services"
          disabled={reason !== null}
          aria-disabled={busy ? true : undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => {
            if (!busy) onOpen([...chosen]);
          }}
        >
          <span className="hours-dialog__action-label">
            {t('hours.services.open', { count: chosen.size })}
          </span>
        </button>
        {reason ? (
          <span id={reasonId} className="chosen-services__reason">
            {reason}
          </span>
        ) : null}
      </div>
    </div>
  );
}
