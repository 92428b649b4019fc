// getServices (the dictionary), getAddressServices, getAddressService.
import { Hono } from 'hono';
import { notFound } from '../http/errors.ts';
import { doctorAddress } from '../http/estate.ts';
import { ok } from '../http/respond.ts';
import { readExtensions } from '../http/with.ts';
import type { SandboxState } from '../state.ts';
import { addressServiceWire, serviceWire } from '../wire/clinic.ts';

const addressServicesWith = [
  'address_service.allowed_patients',
  'address_service.custom_name',
  'address_service.public_insurance_flow',
];

export function serviceRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const servicesPath = '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/services';

  app.get('/services', (c) => {
    const extensions = readExtensions(c.req.url, ['services.only_diagnostics']);
    const services = state.world.services.filter(
      (service) => !extensions.has('services.only_diagnostics') || service.isDiagnostic,
    );
    return ok({ _items: services.map(serviceWire) });
  });

  app.get(servicesPath, (c) => {
    const extensions = readExtensions(c.req.url, addressServicesWith);
    const address = doctorAddress(state.world, c.req.param());
    const offered = state.world.addressServices.filter(
      (service) => service.addressId === address.id,
    );
    return ok({ _items: offered.map((service) => addressServiceWire(service, extensions)) });
  });

  app.get(`${servicesPath}/:addressServiceId`, (c) => {
    const extensions = readExtensions(c.req.url, addressServicesWith);
    const address = doctorAddress(state.world, c.req.param());
    const service = state.world.addressServices.find(
      (candidate) => candidate.id === c.req.param('addressServiceId'),
    );
    if (!service || service.addressId !== address.id) throw notFound();
    return ok(addressServiceWire(service, extensions));
  });

  return app;
}
