// addAddressService, updateAddressService, deleteAddressService — each announced with its
// address-service-* callback.
import { Hono } from 'hono';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { readBody } from '../http/body.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { doctorAddress } from '../http/estate.ts';
import { noContent, ok } from '../http/respond.ts';
import { addressServiceEvent } from '../notifications/events.ts';
import type { SandboxState } from '../state.ts';
import { addressServiceWire } from '../wire/clinic.ts';
import { addressPath } from '../wire/links.ts';
import type { AddressServiceRecord } from '../world/model.ts';

const allowedPatients = z
  .object({
    minimum_age: z.number().int().min(0).nullish(),
    maximum_age: z.number().int().min(0).nullish(),
  })
  .nullish();

const price = z.number().min(0).nullish();

const updateSchema = z.object({
  is_price_from: z.boolean().optional(),
  price,
  description: z.string().nullish(),
  default_duration: z.number().int().min(1).nullish(),
  is_visible: z.boolean().optional(),
  allowed_patients: allowedPatients,
  custom_name: z.string().min(1).nullish(),
});

const addSchema = updateSchema.extend({
  service_id: z.union([z.string().min(1), z.number().int()]).transform(String),
});

function apply(service: AddressServiceRecord, change: z.output<typeof updateSchema>): void {
  if (change.is_price_from !== undefined) service.isPriceFrom = change.is_price_from;
  if (change.price !== undefined)
    service.price = change.price === null ? null : Math.trunc(change.price * 100) / 100;
  if (change.description !== undefined) service.description = change.description;
  if (change.default_duration != null) service.durationMinutes = change.default_duration;
  if (change.is_visible !== undefined) service.isVisible = change.is_visible;
  if (change.allowed_patients !== undefined) {
    service.allowedPatients = change.allowed_patients
      ? {
          minimum_age: change.allowed_patients.minimum_age ?? null,
          maximum_age: change.allowed_patients.maximum_age ?? null,
        }
      : null;
  }
  if (change.custom_name !== undefined) service.customName = change.custom_name;
}

export function addressServiceChangeRoutes(state: SandboxState): Hono {
  const app = new Hono();
  const servicesPath = '/facilities/:facilityId/doctors/:doctorId/addresses/:addressId/services';
  const now = () => Temporal.Instant.fromEpochMilliseconds(state.clock.now().getTime());
  const find = (addressId: string, id: string) => {
    const service = state.world.addressServices.find((candidate) => candidate.id === id);
    if (!service || service.addressId !== addressId) throw notFound();
    return service;
  };

  app.post(servicesPath, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const request = await readBody(c.req.raw, addSchema);
    const dictionary = state.world.services.find((service) => service.id === request.service_id);
    if (!dictionary)
      throw new ApiError(400, 'Invalid arguments', { service_id: ['Service does not exist'] });
    const taken = state.world.addressServices.some(
      (service) => service.addressId === address.id && service.serviceId === dictionary.id,
    );
    if (taken) {
      throw new ApiError(
        409,
        'The address service you are trying to add already exists in the system',
      );
    }
    const ids = state.world.addressServices.map((service) => Number(service.id));
    const service: AddressServiceRecord = {
      id: String(Math.max(900_000, ...ids) + 1),
      addressId: address.id,
      serviceId: dictionary.id,
      name: dictionary.name,
      price: null,
      isPriceFrom: false,
      isDefault: false,
      description: null,
      durationMinutes: 30,
      isVisible: true,
      customName: null,
      allowedPatients: null,
    };
    apply(service, request);
    state.world.addressServices.push(service);
    state.notifications.emit(
      addressServiceEvent(state.world, 'address-service-created', service, now()),
    );
    return ok(addressServiceWire(service, new Set()), 201, {
      Location: new URL(`${addressPath(address)}/services/${service.id}`, c.req.url).toString(),
    });
  });

  app.patch(`${servicesPath}/:addressServiceId`, async (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const service = find(address.id, c.req.param('addressServiceId'));
    const request = await readBody(c.req.raw, updateSchema);
    apply(service, request);
    state.notifications.emit(
      addressServiceEvent(state.world, 'address-service-changed', service, now()),
    );
    return ok(addressServiceWire(service, new Set()));
  });

  app.delete(`${servicesPath}/:addressServiceId`, (c) => {
    const address = doctorAddress(state.world, c.req.param());
    const service = find(address.id, c.req.param('addressServiceId'));
    state.world.addressServices = state.world.addressServices.filter((other) => other !== service);
    // Slots stop offering it; a range left with no service offers nothing.
    for (const range of state.world.slotRanges) {
      range.services = range.services.filter((offered) => offered.addressServiceId !== service.id);
    }
    state.notifications.emit(
      addressServiceEvent(state.world, 'address-service-deleted', service, now()),
    );
    return noContent();
  });

  return app;
}
