// One Docplanner address as the seed's tables show it: Docplanner's id and name beside the name
// the agenda shows, then its address services with Docplanner's ids and the clinic's own names.
import type { MappingAddress, MappingService } from '../../../shared/api/mapping.ts';
import { activeIntlTag, type MessageId, t } from '../../lib/i18n/messages.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { NameField } from './NameField.tsx';
import { OnlineToggle } from './OnlineToggle.tsx';
import './address-card.css';

export type AddressKind = 'regular' | 'online' | 'other';

const roleTitles: Record<AddressKind, MessageId> = {
  regular: 'mapping.address.regular',
  online: 'mapping.address.online',
  other: 'mapping.address.other',
};

/** Prices as the clinic's language writes numbers (Docplanner sends no currency with them). */
function formatPrice(price: number): string {
  return new Intl.NumberFormat(activeIntlTag(), { maximumFractionDigits: 2 }).format(price);
}

export interface AddressCardProps {
  kind: AddressKind;
  address: MappingAddress | null;
  onSaveCalendarName: (addressId: string, name: string | null) => Promise<void>;
  onSaveService: (
    service: MappingService,
    mapping: { ourServiceName: string | null; online: boolean },
  ) => Promise<void>;
}

export function AddressCard({
  kind,
  address,
  onSaveCalendarName,
  onSaveService,
}: AddressCardProps) {
  const title = t(roleTitles[kind]);
  if (!address) {
    return (
      <Panel
        accent="top"
        className={`address-card address-card--${kind} address-card--missing`}
        aria-label={title}
        title={title}
        titleLevel={3}
        titleClassName="address-card__role"
      >
        <p className="address-card__missing">
          {kind === 'online' ? t('mapping.address.missingOnline') : t('mapping.address.missing')}
        </p>
      </Panel>
    );
  }
  const names = { name: address.name, id: address.id };
  return (
    <Panel
      accent="top"
      className={`address-card address-card--${kind}`}
      aria-label={`${title} ${address.id}`}
      title={title}
      titleLevel={3}
      titleClassName="address-card__role"
      headClassName="address-card__header"
      aside={
        <div className="address-card__badges">
          {address.isOnlineOnly ? (
            <Badge tone="online">{t('mapping.address.badge.onlineOnly')}</Badge>
          ) : null}
          {address.visitPayment ? (
            <Badge tone="warning">{t('mapping.address.badge.prepaid')}</Badge>
          ) : null}
        </div>
      }
    >
      <dl className="address-card__facts">
        <div>
          <dt>{t('mapping.address.docplannerId')}</dt>
          <dd className="address-card__id">{address.id}</dd>
        </div>
        <div>
          <dt>{t('mapping.address.docplannerName')}</dt>
          <dd>{address.name}</dd>
        </div>
      </dl>
      <div className="address-card__calendar">
        <span className="address-card__field-title" aria-hidden="true">
          {t('mapping.agendaName.title')}
        </span>
        <NameField
          label={t('mapping.agendaName.label', names)}
          saveLabel={t('mapping.agendaName.save', names)}
          saved={address.calendarName}
          placeholder={t('mapping.agendaName.placeholder')}
          onSave={(name) => onSaveCalendarName(address.id, name)}
        />
      </div>
      {address.services.length === 0 ? (
        <p className="address-card__no-services">{t('mapping.services.none')}</p>
      ) : (
        <table className="address-card__services">
          <caption className="visually-hidden">{t('mapping.services.caption', names)}</caption>
          <thead>
            <tr>
              <th scope="col" className="address-card__id-header">
                {t('mapping.services.column.id')}
              </th>
              <th scope="col">{t('mapping.services.column.docplanner')}</th>
              <th scope="col" className="address-card__number">
                {t('mapping.services.column.price')}
              </th>
              <th scope="col" className="address-card__number">
                {t('mapping.services.column.duration')}
              </th>
              <th scope="col">{t('mapping.services.column.agendaName')}</th>
              <th scope="col">{t('mapping.services.column.online')}</th>
            </tr>
          </thead>
          <tbody>
            {address.services.map((service) => {
              const serviceNames = { name: service.name, id: service.addressServiceId };
              return (
                <tr key={service.addressServiceId}>
                  <td className="address-card__id">{service.addressServiceId}</td>
                  <th scope="row" className="address-card__service-name">
                    {service.name}
                    {service.isOnlineConsultation ? (
                      <span className="address-card__dictionary">
                        {t('mapping.services.onlineConsultation')}
                      </span>
                    ) : null}
                  </th>
                  <td className="address-card__number">
                    {service.price === null ? '—' : formatPrice(service.price)}
                  </td>
                  <td className="address-card__number">
                    {service.duration === null
                      ? '—'
                      : t('mapping.services.duration', { minutes: service.duration })}
                  </td>
                  <td className="address-card__our-service">
                    <NameField
                      label={t('mapping.agendaName.label', serviceNames)}
                      saveLabel={t('mapping.agendaName.save', serviceNames)}
                      saved={service.ourServiceName}
                      placeholder={t('mapping.agendaName.placeholder')}
                      onSave={(name) =>
                        onSaveService(service, { ourServiceName: name, online: service.online })
                      }
                    />
                  </td>
                  <td>
                    <OnlineToggle
                      label={t('mapping.services.onlineLabel', serviceNames)}
                      online={service.online}
                      onSave={(online) =>
                        onSaveService(service, {
                          ourServiceName: service.ourServiceName,
                          online,
                        })
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
