// Contract tests of the clinic's structure: every success body parses with the schemas the BFF
// uses, extension fields appear only when asked for, and unknown ids answer 403/404 as the spec.
import { describe, expect, it } from 'vitest';
import { addressesSchema, addressSchema } from '../../../src/shared/docplanner/address.ts';
import { doctorSchema, doctorsSchema } from '../../../src/shared/docplanner/doctor.ts';
import { facilitiesSchema, facilitySchema } from '../../../src/shared/docplanner/facility.ts';
import {
  addressServiceSchema,
  addressServicesSchema,
  servicesSchema,
} from '../../../src/shared/docplanner/service.ts';
import {
  clinic,
  doctorPath,
  errorBody,
  onlineAddressPath,
  regularAddressPath,
  successBody,
  testSandbox,
} from './sandbox-client.ts';

// One in-memory sandbox for the whole file: these tests only read it.
const sandbox = await testSandbox();

const facilityPath = `/api/v3/integration/facilities/${clinic.facilityId}`;

describe('facilities and doctors', () => {
  it('lists the granted facility only, named Medical Clinic "Test"', async () => {
    const body = facilitiesSchema.parse(
      await successBody(await sandbox.get('/api/v3/integration/facilities')),
    );
    expect(body._items).toEqual([
      expect.objectContaining({ id: clinic.facilityId, name: 'Medical Clinic "Test"' }),
    ]);
  });

  it('embeds the doctors in the facility only with facility.doctors', async () => {
    const plain = facilitySchema.parse(await successBody(await sandbox.get(facilityPath)));
    expect(plain).not.toHaveProperty('doctors');
    const withDoctors = await successBody(
      await sandbox.get(`${facilityPath}?with=facility.doctors`),
    );
    expect(doctorsSchema.parse((withDoctors as { doctors: unknown }).doctors)._items).toHaveLength(
      4,
    );
  });

  it('lists at least three doctors with string ids and relative links', async () => {
    const body = doctorsSchema.parse(
      await successBody(await sandbox.get(`${facilityPath}/doctors`)),
    );
    expect(body._items.length).toBeGreaterThanOrEqual(3);
    expect(body._items[0]).toMatchObject({
      id: clinic.doctorId,
      _links: { self: { href: doctorPath, method: 'get' } },
    });
    expect(body._items[0]).not.toHaveProperty('profile_url');
    const withProfile = doctorsSchema.parse(
      await successBody(await sandbox.get(`${facilityPath}/doctors?with=doctor.profile_url`)),
    );
    expect(withProfile._items[0]?.profile_url).toMatch(/^https:\/\//);
  });

  it('answers 403 for a facility outside the estate and 404 for one that does not exist', async () => {
    const foreign = await errorBody(
      await sandbox.get(`/api/v3/integration/facilities/${clinic.foreignFacilityId}/doctors`),
      403,
    );
    expect(foreign.message).toBe('You are not authorized to see this facility');
    const missing = await errorBody(await sandbox.get('/api/v3/integration/facilities/1'), 404);
    expect(missing).toEqual({ errors: [], message: 'Object not found' });
  });

  it('answers 404 for an unknown doctor', async () => {
    const body = await errorBody(await sandbox.get(`${facilityPath}/doctors/999`), 404);
    expect(body.message).toBe('Object not found');
  });
});

describe('getDoctor with addresses', () => {
  it('adds the addresses, their online_only and visit_payment flags, only when asked', async () => {
    const plain = doctorSchema.parse(await successBody(await sandbox.get(doctorPath)));
    expect(plain.addresses).toBeUndefined();
    const rich = doctorSchema.parse(
      await successBody(
        await sandbox.get(
          `${doctorPath}?with=doctor.addresses%2Caddress.online_only%2Caddress.visit_payment`,
        ),
      ),
    );
    expect(rich.addresses?._items).toEqual([
      expect.objectContaining({
        id: clinic.regularAddressId,
        is_online_only: false,
        visit_payment: false,
      }),
      expect.objectContaining({
        id: clinic.onlineAddressId,
        is_online_only: true,
        visit_payment: true,
      }),
    ]);
  });

  it('embeds addresses without their flags when only doctor.addresses is asked', async () => {
    const body = doctorSchema.parse(
      await successBody(await sandbox.get(`${doctorPath}?with=doctor.addresses`)),
    );
    expect(body.addresses?._items[0]).not.toHaveProperty('is_online_only');
    expect(body.addresses?._items[0]).not.toHaveProperty('visit_payment');
  });
});

describe('addresses', () => {
  it('tells the in-person address from the online one with address.online_only', async () => {
    const plain = addressesSchema.parse(
      await successBody(await sandbox.get(`${doctorPath}/addresses`)),
    );
    expect(plain._items.map((address) => address.is_online_only)).toEqual([undefined, undefined]);
    const flagged = addressesSchema.parse(
      await successBody(await sandbox.get(`${doctorPath}/addresses?with=address.online_only`)),
    );
    expect(flagged._items.map((address) => [address.name, address.is_online_only])).toEqual([
      ['Medical Clinic "Test"', false],
      ['Medical Clinic "Test" online', true],
    ]);
  });

  it.each([
    ['a raw comma', '?with=address.online_only,address.visit_payment'],
    ['%2C', '?with=address.online_only%2Caddress.visit_payment'],
    ['repeated keys', '?with=address.online_only&with=address.visit_payment'],
    ['with[] keys', '?with[]=address.online_only&with[]=address.visit_payment'],
  ])('reads a with list given with %s', async (_, query) => {
    const address = addressSchema.parse(
      await successBody(await sandbox.get(`${onlineAddressPath}${query}`)),
    );
    expect(address).toMatchObject({ is_online_only: true, visit_payment: true });
    expect(address).not.toHaveProperty('commercial_type');
  });

  it('adds commercial_type and insurance_support on request', async () => {
    const address = addressSchema.parse(
      await successBody(
        await sandbox.get(
          `${regularAddressPath}?with=address.commercial_type,address.insurance_support`,
        ),
      ),
    );
    expect(address).toMatchObject({ commercial_type: 'premium', insurance_support: 'private' });
    expect(address).not.toHaveProperty('is_online_only');
  });

  it("rejects a with value the operation does not know (e.g. the seed's visit.payment)", async () => {
    const body = await errorBody(await sandbox.get(`${onlineAddressPath}?with=visit.payment`), 400);
    expect(body.errors).toEqual([expect.stringContaining('visit.payment')]);
  });

  it("answers 403 for another doctor's address and 404 for an unknown one", async () => {
    const otherDoctors = `${facilityPath}/doctors/${clinic.otherDoctorId}/addresses/${clinic.onlineAddressId}`;
    expect((await errorBody(await sandbox.get(otherDoctors), 403)).message).toBe(
      'This address does not belong to this doctor',
    );
    await errorBody(await sandbox.get(`${doctorPath}/addresses/abc`), 404);
  });
});

describe('services', () => {
  it('has the online consultation service in the dictionary, and USG as diagnostic', async () => {
    const all = servicesSchema.parse(
      await successBody(await sandbox.get('/api/v3/integration/services')),
    );
    expect(all._items.map((service) => service.name)).toContain('online consultation');
    const diagnostics = servicesSchema.parse(
      await successBody(
        await sandbox.get('/api/v3/integration/services?with=services.only_diagnostics'),
      ),
    );
    expect(diagnostics._items.map((service) => service.name)).toEqual(['USG']);
  });

  it('offers Regular Visit, Recurring Visit and USG in person; Regular Visit and online consultation online', async () => {
    const inPerson = addressServicesSchema.parse(
      await successBody(await sandbox.get(`${regularAddressPath}/services`)),
    );
    const online = addressServicesSchema.parse(
      await successBody(await sandbox.get(`${onlineAddressPath}/services`)),
    );
    expect(inPerson._items.map((service) => service.name)).toEqual([
      'Regular Visit',
      'Recurring Visit',
      'USG',
    ]);
    expect(online._items.map((service) => service.name)).toEqual([
      'Regular Visit',
      'online consultation',
    ]);
    const ids = [...inPerson._items, ...online._items].map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns one address service, and 404 for a service of another address', async () => {
    const list = addressServicesSchema.parse(
      await successBody(await sandbox.get(`${onlineAddressPath}/services`)),
    );
    const first = list._items[0]!;
    const one = addressServiceSchema.parse(
      await successBody(
        await sandbox.get(
          `${onlineAddressPath}/services/${first.id}?with=address_service.custom_name`,
        ),
      ),
    );
    expect(one).toMatchObject({ id: first.id, duration: 30, custom_name: null });
    await errorBody(await sandbox.get(`${regularAddressPath}/services/${first.id}`), 404);
  });
});
