// The admin's mapping of Docplanner calendars and services to the clinic's own (the seed's
// "Online calendars" tables): per doctor, the regular and the online address side by side, each
// with its services; the checks with their fixes on top. Every field saves on its own.
import { useCallback, useEffect, useState } from 'react';
import type { Mapping, MappingAddress, MappingService } from '../../../shared/api/mapping.ts';
import { t } from '../../lib/i18n/messages.ts';
import { Button } from '../../ui/Button.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { Screen, ScreenBody } from '../../ui/Screen.tsx';
import { ScreenHeader } from '../../ui/ScreenHeader.tsx';
import { Spinner } from '../../ui/Spinner.tsx';
import { AddressCard } from './AddressCard.tsx';
import { MappingWarnings } from './MappingWarnings.tsx';
import { fetchMapping, saveCalendarName, saveServiceMapping } from './mapping-api.ts';
import './mapping-route.css';
import './mapping-screen.css';

type Load =
  | { status: 'loading' }
  /** `reason`: the API client's sentence, or null when nothing better is known. */
  | { status: 'failed'; reason: string | null }
  | { status: 'ready'; mapping: Mapping };

function updateAddresses(
  mapping: Mapping,
  change: (address: MappingAddress) => MappingAddress,
): Mapping {
  const each = (address: MappingAddress | null) => (address ? change(address) : null);
  return {
    ...mapping,
    doctors: mapping.doctors.map((entry) => ({
      ...entry,
      regular: each(entry.regular),
      online: each(entry.online),
      others: entry.others.map(change),
    })),
  };
}

export function MappingScreen() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const read = useCallback(async (signal?: AbortSignal) => {
    try {
      const mapping = await fetchMapping(signal);
      setLoad({ status: 'ready', mapping });
    } catch (error) {
      if (signal?.aborted) return;
      // A failed re-read after a save keeps what is on screen.
      setLoad((current) =>
        current.status === 'ready'
          ? current
          : { status: 'failed', reason: error instanceof Error ? error.message : null },
      );
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void read(controller.signal);
    return () => controller.abort();
  }, [read]);

  const change = (update: (address: MappingAddress) => MappingAddress) =>
    setLoad((current) =>
      current.status === 'ready'
        ? { status: 'ready', mapping: updateAddresses(current.mapping, update) }
        : current,
    );

  async function onSaveCalendarName(addressId: string, calendarName: string | null) {
    await saveCalendarName(addressId, calendarName);
    change((address) => (address.id === addressId ? { ...address, calendarName } : address));
  }

  async function onSaveService(
    service: MappingService,
    mapping: { ourServiceName: string | null; online: boolean },
  ) {
    await saveServiceMapping(service.addressServiceId, mapping);
    change((address) => ({
      ...address,
      services: address.services.map((each) =>
        each.addressServiceId === service.addressServiceId ? { ...each, ...mapping } : each,
      ),
    }));
    // The checks may change with an online mark (e.g. online visits at a regular address).
    void read();
  }

  return (
    <Screen className="mapping-screen">
      <ScreenHeader
        className="mapping-screen__header"
        backLabel={t('mapping.back')}
        title={t('mapping.title')}
        subtitle={[t('mapping.subtitle'), t('mapping.subtitle.online')]}
      />
      <ScreenBody width="widest" className="mapping-screen__main">
        {load.status === 'loading' ? (
          <Spinner label={t('mapping.loading')} />
        ) : load.status === 'failed' ? (
          <Panel as="div" tone="danger" role="alert">
            <p>
              {t('mapping.failed', {
                reason: (load.reason ?? t('mapping.error.unknown')).replace(/\.$/, ''),
              })}
            </p>
            <Button
              size="small"
              onClick={() => {
                setLoad({ status: 'loading' });
                void read();
              }}
            >
              {t('mapping.retry')}
            </Button>
          </Panel>
        ) : (
          <>
            <MappingWarnings warnings={load.mapping.warnings} doctors={load.mapping.doctors} />
            {load.mapping.doctors.map(({ doctor, regular, online, others }) => (
              <section
                key={doctor.id}
                className="mapping-doctor"
                aria-labelledby={`mapping-doctor-${doctor.id}`}
              >
                <h2 id={`mapping-doctor-${doctor.id}`} className="mapping-doctor__name">
                  {t('mapping.doctor.name', { name: doctor.name, surname: doctor.surname })}{' '}
                  <span className="mapping-doctor__id">
                    {t('mapping.doctor.id', { id: doctor.id })}
                  </span>
                </h2>
                <div className="mapping-doctor__addresses">
                  <AddressCard
                    kind="regular"
                    address={regular}
                    onSaveCalendarName={onSaveCalendarName}
                    onSaveService={onSaveService}
                  />
                  <AddressCard
                    kind="online"
                    address={online}
                    onSaveCalendarName={onSaveCalendarName}
                    onSaveService={onSaveService}
                  />
                  {others.map((address) => (
                    <AddressCard
                      key={address.id}
                      kind="other"
                      address={address}
                      onSaveCalendarName={onSaveCalendarName}
                      onSaveService={onSaveService}
                    />
                  ))}
                </div>
              </section>
            ))}
          </>
        )}
      </ScreenBody>
    </Screen>
  );
}
