// The mapping screen's data: per doctor, the regular and the online address of the clinic side by
// side with their address services (read fresh from Docplanner, so address-service changes show
// at once), the clinic's names for them, and the checks the seed asks for, each with its fix.

import type { AgendaAddress } from '../../shared/api/agenda.ts';
import type { Mapping, MappingAddress, MappingWarning } from '../../shared/api/mapping.ts';
import { isOnlineConsultationService } from '../../shared/domain/online-visit.ts';
import type { FacilityDirectoryReader } from '../agenda/facility-directory.ts';
import { mapWithConcurrency } from '../agenda/map-with-concurrency.ts';
import type { Store } from '../store/store.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

export function createMappingReader(options: {
  api: DocplannerApi;
  store: Store;
  directory: FacilityDirectoryReader;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;

  async function addressView(
    facilityId: string,
    address: AgendaAddress,
    onlineConsultationIds: ReadonlySet<string>,
    docplannerName: string,
  ): Promise<MappingAddress> {
    const services = await options.api.getAddressServices({
      facilityId,
      doctorId: address.doctorId,
      addressId: address.id,
    });
    const names = await options.store.mapping.calendarNames();
    const mappings = await options.store.mapping.serviceMappings();
    return {
      id: address.id,
      name: docplannerName,
      isOnlineOnly: address.isOnlineOnly,
      visitPayment: address.visitPayment,
      calendarName: names.get(address.id) ?? null,
      services: services.map((service) => {
        const dictionaryId = service.service_id ?? null;
        const isOnlineConsultation =
          (dictionaryId !== null && onlineConsultationIds.has(dictionaryId)) ||
          isOnlineConsultationService(service.name);
        const mapping = mappings.get(service.id);
        return {
          addressServiceId: service.id,
          name: service.name,
          price: service.price ?? null,
          duration: service.duration ?? null,
          dictionaryId,
          isOnlineConsultation,
          ourServiceName: mapping?.ourName ?? null,
          online: mapping?.online ?? (address.isOnlineOnly || isOnlineConsultation),
        };
      }),
    };
  }

  return {
    async read(): Promise<Mapping> {
      const directory = await options.directory.get();
      const facilityId = directory.facility.id;
      const views = await mapWithConcurrency(directory.addresses, 4, (address) =>
        addressView(
          facilityId,
          address,
          directory.onlineConsultationServiceIds,
          directory.docplannerNames.get(address.id) ?? address.name,
        ),
      );
      const videoVisits = await options.store.bookings.videoVisitsPerAddress(
        now() - 30 * 24 * 3600_000,
      );
      const warnings: MappingWarning[] = [];
      const doctors = directory.doctors.map((doctor) => {
        const own = views.filter((view) =>
          directory.addresses.some((a) => a.id === view.id && a.doctorId === doctor.id),
        );
        const online = own.find((view) => view.isOnlineOnly) ?? null;
        const regular = own.find((view) => !view.isOnlineOnly) ?? null;
        const others = own.filter((view) => view !== online && view !== regular);
        const who = `Dr ${doctor.name} ${doctor.surname}`;
        if (online && online.services.length === 0) {
          warnings.push({
            code: 'online-address-without-services',
            severity: 'warning',
            doctorId: doctor.id,
            addressId: online.id,
            message: `${who}'s online calendar has no services, so patients cannot book it.`,
            fix: 'In Docplanner, add services to the online address — ideally Docplanner’s “online consultation”.',
          });
        } else if (online && !online.services.some((service) => service.isOnlineConsultation)) {
          warnings.push({
            code: 'online-address-without-online-consultation',
            severity: 'warning',
            doctorId: doctor.id,
            addressId: online.id,
            message: `${who}'s online calendar does not offer Docplanner’s “online consultation” service.`,
            fix: 'Add “online consultation” from the services dictionary to the online address: it gets the online search filter and a boost in the listings.',
          });
        }
        for (const view of own.filter((v) => !v.isOnlineOnly)) {
          const count = videoVisits.get(view.id) ?? 0;
          if (count > 0) {
            warnings.push({
              code: 'online-visits-at-regular-address',
              severity: 'warning',
              doctorId: doctor.id,
              addressId: view.id,
              message: `${count} online visit${count === 1 ? '' : 's'} arrived at ${who}'s regular address in the last 30 days.`,
              fix: 'Mark the services used for online visits as online below (the service-based online rule), or move online hours to the online address.',
            });
          }
        }
        for (const view of own.filter((v) => v.visitPayment)) {
          warnings.push({
            code: 'payments-enabled',
            severity: 'info',
            doctorId: doctor.id,
            addressId: view.id,
            message: `Patients pay in advance through Docplanner at ${view.calendarName ?? view.name}${view.isOnlineOnly ? ' (online)' : ''}.`,
            fix: 'Reception will see payment badges on these visits; unpaid bookings are cancelled by Docplanner after 90 minutes.',
          });
        }
        return { doctor, regular, online, others };
      });
      return { doctors, warnings };
    },
  };
}
export type MappingReader = ReturnType<typeof createMappingReader>;
