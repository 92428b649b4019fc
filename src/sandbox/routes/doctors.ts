// getDoctor, getAddresses, getAddress.
import { Hono } from 'hono';
import { doctorAddress, facilityDoctor } from '../http/estate.ts';
import { ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { addressWire, doctorWire } from '../wire/clinic.ts';

const addressesWith = [
  'address.online_only',
  'address.visit_payment',
  'address.commercial_type',
  'address.insurance_support',
];

const doctorWith = [
  'doctor.profile_url',
  'doctor.addresses',
  'doctor.license_numbers',
  'address.booking_extra_fields',
  'address.online_only',
  'address.visit_payment',
  'address.commercial_type',
];

export function doctorRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const doctorPath = '/facilities/:facilityId/doctors/:doctorId';

  app.get(doctorPath, (c) => {
    const extensions = readExtensions(c.req.url, doctorWith);
    const doctor = facilityDoctor(state.world, c.req.param('facilityId'), c.req.param('doctorId'));
    const addresses = state.world.addresses.filter((address) => address.doctorId === doctor.id);
    return ok({
      ...doctorWire(doctor, extensions),
      ...(extensions.has('doctor.addresses') && {
        addresses: { _items: addresses.map((address) => addressWire(address, extensions)) },
      }),
    });
  });

  app.get(`${doctorPath}/addresses`, (c) => {
    const extensions = readExtensions(c.req.url, addressesWith);
    const doctor = facilityDoctor(state.world, c.req.param('facilityId'), c.req.param('doctorId'));
    const addresses = state.world.addresses.filter((address) => address.doctorId === doctor.id);
    return ok({ _items: addresses.map((address) => addressWire(address, extensions)) });
  });

  app.get(`${doctorPath}/addresses/:addressId`, (c) => {
    const extensions = readExtensions(c.req.url, addressesWith);
    const address = doctorAddress(state.world, c.req.param());
    return ok(addressWire(address, extensions));
  });

  return app;
}
