// Contract: every mutation emits the callback the real API emits, valid for the BFF's schemas
// and the strict wire (notification-wire.ts); the new endpoints answer with the spec's codes.
import { describe, expect, it } from 'vitest';
import { addressServiceSchema } from '../../../src/shared/docplanner/service.ts';
import { control, drain, later } from './control-client.ts';
import {
  errorBody,
  onlineAddressPath,
  regularAddressPath,
  type TestSandbox,
  testSandbox,
} from './sandbox-client.ts';

function send(sandbox: TestSandbox, method: string, path: string, body?: unknown) {
  return sandbox.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

const thursday10 = '2026-11-26T10:00:00+01:00';

async function apiBooking(sandbox: TestSandbox) {
  const response = await send(
    sandbox,
    'POST',
    `${regularAddressPath}/slots/${encodeURIComponent(thursday10)}/book`,
    {
      address_service_id: '2001011',
      duration: 30,
      patient: { name: 'Jan', surname: 'Nowak', phone: '+48500100200' },
    },
  );
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

describe('every booking change emits its callback', () => {
  it('bookSlot → slot-booked; cancel → booking-canceled by the integration', async () => {
    const sandbox = await testSandbox();
    const id = await apiBooking(sandbox);
    expect(await send(sandbox, 'DELETE', `${regularAddressPath}/bookings/${id}`)).toMatchObject({
      status: 204,
    });
    const [booked, canceled, ...rest] = await drain(sandbox);
    expect(rest).toEqual([]);
    expect(booked).toMatchObject({
      name: 'slot-booked',
      data: {
        facility: { id: '139878' },
        doctor: { id: '100101' },
        address: { id: '200101' },
        visit_booking: {
          id,
          status: 'booked',
          booked_by: 'integration',
          canceled_by: '',
          duration: 30,
        },
      },
      created_at: '2026-11-25T10:00:00+01:00',
    });
    expect(canceled).toMatchObject({
      name: 'booking-canceled',
      data: { visit_booking: { id, status: 'canceled', canceled_by: 'integration' } },
    });
  });

  it('moveBooking → booking-moved with the old booking canceled and a new id', async () => {
    const sandbox = await testSandbox();
    const id = await apiBooking(sandbox);
    const moved = await send(sandbox, 'POST', `${regularAddressPath}/bookings/${id}/move`, {
      address_service_id: '2001011',
      start: '2026-11-27T11:00:00+01:00',
    });
    expect(moved.status).toBe(201);
    const newId = ((await moved.json()) as { id: string }).id;
    const events = await drain(sandbox);
    expect(events.map((event) => event.name)).toEqual(['slot-booked', 'booking-moved']);
    expect(events[1]?.data).toMatchObject({
      old_visit_booking: { id, status: 'canceled' },
      new_visit_booking: { id: newId, status: 'booked', start_at: '2026-11-27T11:00:00+01:00' },
    });
  });

  it('confirm → booking-confirmed (204), then 409 "Visit has already been confirmed"', async () => {
    const sandbox = await testSandbox();
    const id = await apiBooking(sandbox);
    const path = `${regularAddressPath}/bookings/${id}/confirm`;
    expect((await send(sandbox, 'PUT', path, { confirmed_by: 'user' })).status).toBe(204);
    const again = await errorBody(await send(sandbox, 'PUT', path, { confirmed_by: 'user' }), 409);
    expect(again.message).toBe('Visit has already been confirmed');
    expect(
      (await errorBody(await send(sandbox, 'PUT', path, { confirmed_by: 'robot' }), 400)).message,
    ).toBe('confirmed_by value is invalid');
    expect((await drain(sandbox)).map((event) => event.name)).toEqual([
      'slot-booked',
      'booking-confirmed',
    ]);
  });

  it('presence → presence-marked PRESENT/ABSENT; a future visit 400, a canceled one 409', async () => {
    const sandbox = await testSandbox();
    const id = await apiBooking(sandbox);
    const presence = `${regularAddressPath}/bookings/${id}/presence/patient`;
    expect((await errorBody(await send(sandbox, 'POST', presence), 400)).message).toBe(
      'Visit is in the future',
    );
    await later(sandbox, 24 * 60 + 60);
    expect((await send(sandbox, 'POST', presence)).status).toBe(204);
    expect((await send(sandbox, 'DELETE', presence)).status).toBe(204);
    const names = (await drain(sandbox)).map((event) => [event.name, event.data.presence]);
    expect(names).toEqual([
      ['slot-booked', undefined],
      ['presence-marked', 'PRESENT'],
      ['presence-marked', 'ABSENT'],
    ]);
    await send(sandbox, 'DELETE', `${regularAddressPath}/bookings/${id}`);
    expect((await errorBody(await send(sandbox, 'POST', presence), 409)).message).toBe(
      'Visit is marked as canceled',
    );
  });

  it('a payment change → booking-payment-status-changed with the callback words', async () => {
    const sandbox = await testSandbox();
    const booked = await control(sandbox, '/marketplace/book', { prepaid: true });
    await control(sandbox, `/bookings/${booked.bookingId}/payment`, { status: 'paid' });
    const [slotBooked, paid] = await drain(sandbox);
    expect(slotBooked?.data.visit_booking).toMatchObject({ visit_payment: true });
    expect(paid).toMatchObject({
      name: 'booking-payment-status-changed',
      data: {
        visit_booking: { id: booked.bookingId },
        visit_payment_status: { status_from: 'not-paid', status_to: 'paid' },
      },
    });
    const single = await sandbox.get(
      `/api/v3/integration/facilities/139878/doctors/${booked.doctorId}/addresses/${booked.addressId}/bookings/${booked.bookingId}`,
    );
    expect(await single.json()).toMatchObject({
      visit_payment: true,
      visit_payment_status: 'paid',
    });
  });

  it('address services: add (201 + Location), change, delete → address-service-*', async () => {
    const sandbox = await testSandbox();
    const services = `${onlineAddressPath}/services`;
    const added = await send(sandbox, 'POST', services, { service_id: '1003', price: 120.456 });
    expect(added.status, await added.clone().text()).toBe(201);
    const service = addressServiceSchema.parse(await added.json());
    expect(service.price).toBe(120.45);
    expect(added.headers.get('Location')).toContain(`/services/${service.id}`);
    const duplicate = await errorBody(
      await send(sandbox, 'POST', services, { service_id: '1003' }),
      409,
    );
    expect(duplicate.message).toBe(
      'The address service you are trying to add already exists in the system',
    );
    const changed = await send(sandbox, 'PATCH', `${services}/${service.id}`, { price: 99 });
    expect(addressServiceSchema.parse(await changed.json()).price).toBe(99);
    expect((await send(sandbox, 'DELETE', `${services}/${service.id}`)).status).toBe(204);
    expect((await errorBody(await sandbox.get(`${services}/${service.id}`), 404)).message).toBe(
      'Object not found',
    );
    const events = await drain(sandbox);
    expect(events.map((event) => event.name)).toEqual([
      'address-service-created',
      'address-service-changed',
      'address-service-deleted',
    ]);
    expect(events[1]?.data.address_service).toMatchObject({ id: service.id, price: 99 });
  });

  it('breaks: add, move, delete → break-*; a break closes its slots', async () => {
    const sandbox = await testSandbox();
    const breaks = `${regularAddressPath}/breaks`;
    const body = { since: '2026-11-26T12:00:00+01:00', till: '2026-11-26T13:00:00+01:00' };
    const added = await send(sandbox, 'POST', breaks, body);
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    expect((await errorBody(await send(sandbox, 'POST', breaks, body), 409)).message).toBe(
      'Break already exists',
    );
    const list = await sandbox.get(
      `${breaks}?since=${encodeURIComponent('2026-11-26T00:00:00+01:00')}&till=${encodeURIComponent('2026-11-27T00:00:00+01:00')}`,
    );
    expect(await list.json()).toEqual({ _items: [{ id, ...body, description: null }] });
    expect(await (await sandbox.get(`${breaks}/${id}`)).json()).toMatchObject({ id, ...body });
    const slots = await sandbox.get(
      `${regularAddressPath}/slots?start=${encodeURIComponent(body.since)}&end=${encodeURIComponent('2026-11-26T12:59:00+01:00')}`,
    );
    expect(slots.status).toBe(404);
    const moved = await send(sandbox, 'PATCH', `${breaks}/${id}`, {
      since: '2026-11-26T14:00:00+01:00',
      till: '2026-11-26T15:00:00+01:00',
    });
    expect(moved.status).toBe(204);
    expect((await send(sandbox, 'DELETE', `${breaks}/${id}`)).status).toBe(204);
    expect((await drain(sandbox)).map((event) => event.name)).toEqual([
      'break-created',
      'break-moved',
      'break-removed',
    ]);
  });
});
