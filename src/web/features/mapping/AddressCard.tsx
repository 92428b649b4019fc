// One Docplanner address as the seed's tables show it: Docplanner's id and name beside the name
// of our calendar, then its address services with Docplanner's ids and the clinic's own names.
import type { MappingAddress, MappingService } from '../../../shared/api/mapping.ts';
import { Badge } from '../../ui/Badge.tsx';
import { NameField } from './NameField.tsx';
import { OnlineToggle } from './OnlineToggle.tsx';

export type AddressKind = 'regular' | 'online' | 'other';

const roleTitles: Record<AddressKind, string> = {
  regular: 'Regular address',
  online: 'Online address',
  other: 'Other address',
};

const priceFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

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
  const title = roleTitles[kind];
  if (!address) {
    return (
      <section
        className={`address-card address-card--${kind} address-card--missing`}
        aria-label={title}
      >
        <h3 className="address-card__role">{title}</h3>
        <p className="address-card__missing">
          {kind === 'online'
            ? 'No online address on Docplanner. The doctor adds one (an online-only calendar) in their Docplanner profile.'
            : 'No regular address on Docplanner.'}
        </p>
      </section>
    );
  }
  return (
    <section className={`address-card address-card--${kind}`} aria-label={`${title} ${address.id}`}>
      <header className="address-card__header">
        <h3 className="address-card__role">{title}</h3>
        <div className="address-card__badges">
          {address.isOnlineOnly ? <Badge tone="online">Online only</Badge> : null}
          {address.visitPayment ? <Badge tone="warning">Patients pay in advance</Badge> : null}
        </div>
      </header>
      <dl className="address-card__facts">
        <div>
          <dt>Docplanner ID</dt>
          <dd className="address-card__id">{address.id}</dd>
        </div>
        <div>
          <dt>Docplanner name</dt>
          <dd>{address.name}</dd>
        </div>
      </dl>
      <div className="address-card__calendar">
        <span className="address-card__field-title" aria-hidden="true">
          Our calendar name
        </span>
        <NameField
          label={`Our calendar name for ${address.name} (${address.id})`}
          saved={address.calendarName}
          placeholder="Not set — the agenda shows Docplanner’s name"
          onSave={(name) => onSaveCalendarName(address.id, name)}
        />
      </div>
      {address.services.length === 0 ? (
        <p className="address-card__no-services">No services at this address.</p>
      ) : (
        <table className="address-card__services">
          <caption className="visually-hidden">
            Services at {address.name} ({address.id})
          </caption>
          <thead>
            <tr>
              <th scope="col" className="address-card__id-header">
                Address service ID
              </th>
              <th scope="col">Docplanner service</th>
              <th scope="col" className="address-card__number">
                Price
              </th>
              <th scope="col" className="address-card__number">
                Duration
              </th>
              <th scope="col">Our service</th>
              <th scope="col">Online</th>
            </tr>
          </thead>
          <tbody>
            {address.services.map((service) => (
              <tr key={service.addressServiceId}>
                <td className="address-card__id">{service.addressServiceId}</td>
                <th scope="row" className="address-card__service-name">
                  {service.name}
                  {service.isOnlineConsultation ? (
                    <span className="address-card__dictionary">From Docplanner’s dictionary</span>
                  ) : null}
                </th>
                <td className="address-card__number">
                  {service.price === null ? '—' : priceFormat.format(service.price)}
                </td>
                <td className="address-card__number">
                  {service.duration === null ? '—' : `${service.duration} min`}
                </td>
                <td className="address-card__our-service">
                  <NameField
                    label={`Our service for ${service.name} (${service.addressServiceId})`}
                    saved={service.ourServiceName}
                    placeholder="Not set"
                    onSave={(name) =>
                      onSaveService(service, { ourServiceName: name, online: service.online })
                    }
                  />
                </td>
                <td>
                  <OnlineToggle
                    label={`Online visits: ${service.name} (${service.addressServiceId})`}
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
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
