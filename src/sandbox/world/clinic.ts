// The demo clinic's fixed structure: Medical Clinic "Test" with its doctors, their in-person and
// online addresses, and the address services the online-features guide describes.
import type {
  AddressRecord,
  AddressServiceRecord,
  DoctorRecord,
  FacilityRecord,
  ServiceRecord,
} from './model.ts';

export const demoFacilityId = '139878';
/** Exists, but is not granted to the sandbox client: every request under it gets 403. */
export const foreignFacilityId = '226402';

export const serviceIds = {
  regularVisit: '1001',
  recurringVisit: '1002',
  usg: '1003',
  onlineConsultation: '1004',
} as const;

export const servicesDictionary: ServiceRecord[] = [
  { id: serviceIds.regularVisit, name: 'Regular Visit', isDiagnostic: false },
  { id: serviceIds.recurringVisit, name: 'Recurring Visit', isDiagnostic: false },
  { id: serviceIds.usg, name: 'USG', isDiagnostic: true },
  { id: serviceIds.onlineConsultation, name: 'online consultation', isDiagnostic: false },
];

interface DoctorPlan {
  id: string;
  name: string;
  surname: string;
  specialization: string;
  regularAddressId: string;
  onlineAddressId: string;
  regularTakesPayment: boolean;
  onlineTakesPayment: boolean;
}

/** Ids are fixed (not drawn from the seed) so tests, docs and the BFF's mapping can name them. */
const doctorPlans: DoctorPlan[] = [
  plan('100101', 'Anna', 'Kowalska', 'Internista', false, true),
  plan('100102', 'Piotr', 'Nowak', 'Kardiolog', false, true),
  plan('100103', 'Katarzyna', 'Wiśniewska', 'Dermatolog', true, false),
  plan('100104', 'Tomasz', 'Wójcik', 'Pediatra', false, false),
];

function plan(
  id: string,
  name: string,
  surname: string,
  specialization: string,
  regularTakesPayment: boolean,
  onlineTakesPayment: boolean,
): DoctorPlan {
  const index = id.slice(-1);
  return {
    id,
    name,
    surname,
    specialization,
    regularAddressId: `20010${index}`,
    onlineAddressId: `20020${index}`,
    regularTakesPayment,
    onlineTakesPayment,
  };
}

export function clinicFacilities(): FacilityRecord[] {
  return [
    { id: demoFacilityId, name: 'Medical Clinic "Test"', granted: true },
    { id: foreignFacilityId, name: 'Sample clinic', granted: false },
  ];
}

export function clinicDoctors(): DoctorRecord[] {
  return doctorPlans.map((doctor, index) => ({
    id: doctor.id,
    facilityId: demoFacilityId,
    name: doctor.name,
    surname: doctor.surname,
    profileUrl: `https://www.znanylekarz.pl/${slug(doctor.name)}-${slug(doctor.surname)}`,
    specializations: [{ id: String(40 + index), name: doctor.specialization }],
    licenseNumbers: [{ id: String(70 + index), license_number: String(1234560 + index) }],
  }));
}

export function clinicAddresses(): AddressRecord[] {
  return doctorPlans.flatMap((doctor): AddressRecord[] => {
    const common = {
      facilityId: demoFacilityId,
      doctorId: doctor.id,
      cityName: 'Warszawa',
      postCode: '02-691',
      street: 'Obrzeżna 7',
      commercialType: 'premium' as const,
      insuranceSupport: 'private' as const,
      bookingExtraFields: { gender: true, nin: true, birth_date: true },
    };
    return [
      {
        ...common,
        id: doctor.regularAddressId,
        name: 'Medical Clinic "Test"',
        isOnlineOnly: false,
        visitPayment: doctor.regularTakesPayment,
      },
      {
        ...common,
        id: doctor.onlineAddressId,
        name: 'Medical Clinic "Test" online',
        isOnlineOnly: true,
        visitPayment: doctor.onlineTakesPayment,
      },
    ];
  });
}

interface OfferedService {
  serviceId: string;
  price: number;
  durationMinutes: number;
  isDefault: boolean;
}

const inPersonOffer: OfferedService[] = [
  { serviceId: serviceIds.regularVisit, price: 200, durationMinutes: 30, isDefault: true },
  { serviceId: serviceIds.recurringVisit, price: 150, durationMinutes: 20, isDefault: false },
  { serviceId: serviceIds.usg, price: 250, durationMinutes: 30, isDefault: false },
];

const onlineOffer: OfferedService[] = [
  { serviceId: serviceIds.regularVisit, price: 180, durationMinutes: 30, isDefault: false },
  { serviceId: serviceIds.onlineConsultation, price: 150, durationMinutes: 20, isDefault: true },
];

/** Address service ids are the address id plus a digit: distinct per address, as on Docplanner. */
export function clinicAddressServices(addresses: AddressRecord[]): AddressServiceRecord[] {
  return addresses.flatMap((address) =>
    (address.isOnlineOnly ? onlineOffer : inPersonOffer).map((offer, index) => {
      const service = servicesDictionary.find((entry) => entry.id === offer.serviceId);
      return {
        id: `${address.id}${index + 1}`,
        addressId: address.id,
        serviceId: offer.serviceId,
        name: service?.name ?? 'Visit',
        price: offer.price,
        isPriceFrom: false,
        isDefault: offer.isDefault,
        description: null,
        durationMinutes: offer.durationMinutes,
        isVisible: true,
        customName: null,
        allowedPatients: null,
      };
    }),
  );
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase();
}
