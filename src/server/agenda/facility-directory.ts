// The clinic's structure as Docplanner knows it — facility, doctors, their addresses with the
// online and payment flags, and which dictionary services are "online consultation". It
// changes rarely, so it is read once and kept for a few minutes.
import type { AgendaAddress, AgendaDoctor } from '../../shared/api/agenda.ts';
import { isOnlineConsultationService } from '../../shared/domain/online-visit.ts';
import type { MappingTable } from '../store/mapping-table.ts';
import type { DocplannerApi } from '../upstream/docplanner-api.ts';

export interface FacilityDirectory {
  facility: { id: string; name: string };
  doctors: AgendaDoctor[];
  addresses: AgendaAddress[];
  /** Dictionary ids of Docplanner's unified "online consultation" service. */
  onlineConsultationServiceIds: ReadonlySet<string>;
  /** The clinic's own names of address services (the admin's mapping). */
  serviceNames: ReadonlyMap<string, string>;
  /** Address services the admin marked online (true) or not online (false). */
  serviceOnline: ReadonlyMap<string, boolean>;
  /** Docplanner's own address names (the addresses above carry the clinic's names, if set). */
  docplannerNames: ReadonlyMap<string, string>;
}

export interface DirectoryOptions {
  api: DocplannerApi;
  /** The admin's mapping; without it, Docplanner's names are used as they are. */
  mapping?: MappingTable;
  /** The facility to show; the first visible one when unset. */
  facilityId: string | undefined;
  maxAgeMs?: number;
  now?: () => number;
}

export class FacilityNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FacilityNotFoundError';
  }
}

export function createFacilityDirectory(options: DirectoryOptions) {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let cached: { directory: FacilityDirectory; readAt: number } | undefined;
  let inFlight: Promise<FacilityDirectory> | undefined;

  async function read(): Promise<FacilityDirectory> {
    const { api } = options;
    const [facilities, services] = await Promise.all([api.getFacilities(), api.getServices()]);
    const facility = options.facilityId
      ? facilities.find((candidate) => candidate.id === options.facilityId)
      : facilities[0];
    if (!facility) {
      throw new FacilityNotFoundError(
        options.facilityId
          ? `Facility ${options.facilityId} is not among the facilities these Docplanner credentials can see`
          : 'These Docplanner credentials cannot see any facility',
      );
    }
    const doctors = await api.getDoctors(facility.id);
    const calendarNames = (await options.mapping?.calendarNames()) ?? new Map<string, string>();
    const serviceMappings = (await options.mapping?.serviceMappings()) ?? new Map();
    const docplannerNames = new Map<string, string>();
    const addressesPerDoctor = await Promise.all(
      doctors.map(async (doctor) =>
        (await api.getAddresses(facility.id, doctor.id)).map((address): AgendaAddress => {
          docplannerNames.set(address.id, address.name ?? '');
          return {
            id: address.id,
            doctorId: doctor.id,
            name: calendarNames.get(address.id) ?? address.name ?? '',
            street: address.street ?? null,
            city: address.city_name ?? null,
            isOnlineOnly: address.is_online_only ?? false,
            visitPayment: address.visit_payment ?? false,
          };
        }),
      ),
    );
    return {
      facility: { id: facility.id, name: facility.name },
      doctors: doctors.map(({ id, name, surname }) => ({ id, name, surname })),
      addresses: addressesPerDoctor.flat(),
      onlineConsultationServiceIds: new Set(
        services.filter((service) => isOnlineConsultationService(service.name)).map((s) => s.id),
      ),
      serviceNames: new Map(
        [...serviceMappings].flatMap(([id, mapping]) =>
          mapping.ourName ? [[id, mapping.ourName]] : [],
        ),
      ),
      docplannerNames,
      serviceOnline: new Map(
        [...serviceMappings].flatMap(([id, mapping]) =>
          mapping.online === null ? [] : [[id, mapping.online]],
        ),
      ),
    };
  }

  return {
    /** Forget the cached structure (after an address-service notification or a mapping change). */
    invalidate(): void {
      cached = undefined;
    },
    get(): Promise<FacilityDirectory> {
      if (cached && now() - cached.readAt < maxAgeMs) return Promise.resolve(cached.directory);
      inFlight ??= read()
        .then((directory) => {
          cached = { directory, readAt: now() };
          return directory;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
export type FacilityDirectoryReader = ReturnType<typeof createFacilityDirectory>;
