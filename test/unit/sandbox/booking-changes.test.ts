// cancelBooking and moveBooking against the seeded agenda.
import { describe, expect, it } from 'vitest';
import { bookingSchema, bookingsSchema } from '../../../src/shared/docplanner/booking.ts';
import {
  clinic,
  currentWeek,
  errorBody,
  onlineAddressPath,
  regularAddressPath,
  successBody,
  type TestSandbox,
  testSandbox,
} from './sandbox-client.ts';

async function bookedVisit(sandbox: TestSandbox, addressPath: string) {
  const response = await sandbox.get(
    `${addressPath}/bookings?start=${currentWeek.start}&end=${currentWeek.end}`,
  );
  const visit = bookingsSchema
    .parse(await successBody(response))
    ._items.find((booking) => booking.status === 'booked');
  if (!visit) throw new Error('the demo week should have a booked visit here');
  return visit;
}

function send(sandbox: TestSandbox, method: string, path: string, body?: unknown) {
  return sandbox.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

describe('cancelBooking', () => {
  it('cancels a booked visit (204), after which getBooking shows it canceled by the integration', async () => {
    const sandbox = await testSandbox();
    const visit = await bookedVisit(sandbox, onlineAddressPath);
    const path = `${onlineAddressPath}/bookings/${visit.id}`;
    const response = await send(sandbox, 'DELETE', path, { reason: 'Doctor is ill' });
    expect(response.status).toBe(204);
    const after = bookingSchema.parse(await successBody(await sandbox.get(path)));
    expect(after).toMatchObject({ status: 'canceled', canceled_by: 'integration' });
    expect(after.canceled_at).toBe('2026-11-25T10:00:00+01:00');
    const again = await errorBody(await send(sandbox, 'DELETE', path), 400);
    expect(again.message).toBe(`Visit ${visit.id} cannot be canceled because it is not booked`);
  });

  it('answers 404 for an unknown visit', async () => {
    const sandbox = await testSandbox();
    await errorBody(await send(sandbox, 'DELETE', `${onlineAddressPath}/bookings/1`), 404);
  });
});

describe('moveBooking', () => {
  it('creates a new id (201 + Location), keeps the video room and cancels the original', async () => {
    const sandbox = await testSandbox();
    const visit = await bookedVisit(sandbox, onlineAddressPath);
    const original = bookingSchema.parse(
      await successBody(await sandbox.get(`${onlineAddressPath}/bookings/${visit.id}`)),
    );
    const services = (await successBody(await sandbox.get(`${onlineAddressPath}/services`))) as {
      _items: { id: string }[];
    };
    const response = await send(sandbox, 'POST', `${onlineAddressPath}/bookings/${visit.id}/move`, {
      address_service_id: services._items[0]!.id,
      start: '2026-11-27T07:15:00+01:00',
    });
    expect(response.status).toBe(201);
    const moved = bookingSchema.parse(await response.json());
    expect(moved.id).not.toBe(visit.id);
    expect(moved.start_at).toBe('2026-11-27T07:15:00+01:00');
    expect(moved.videocall_url).toBe(original.videocall_url);
    expect(response.headers.get('Location')).toBe(
      `http://localhost${onlineAddressPath}/bookings/${moved.id}`,
    );
    const old = bookingSchema.parse(
      await successBody(
        await sandbox.get(`${onlineAddressPath}/bookings/${visit.id}?with=booking.moving`),
      ),
    );
    expect(old.status).toBe('canceled');
    expect(old.moving).toEqual({ origin_booking_id: visit.id, newest_booking_id: moved.id });
    const twice = await send(sandbox, 'POST', `${onlineAddressPath}/bookings/${visit.id}/move`, {
      address_service_id: services._items[0]!.id,
    });
    expect((await errorBody(twice, 409)).message).toBe(
      'The visit has already been canceled or moved',
    );
  });

  it('refuses a move onto a time the doctor already has booked (409), and changes nothing', async () => {
    const sandbox = await testSandbox();
    const response = await sandbox.get(
      `${regularAddressPath}/bookings?start=${currentWeek.start}&end=${currentWeek.end}&with=booking.address_service`,
    );
    const [first, second] = bookingsSchema
      .parse(await successBody(response))
      ._items.filter((booking) => booking.status === 'booked');
    if (!first || !second) throw new Error('the demo week should have two booked visits here');
    const path = `${regularAddressPath}/bookings/${first.id}/move`;
    const taken = await send(sandbox, 'POST', path, {
      address_service_id: first.address_service?.id,
      start: second.start_at,
    });
    expect((await errorBody(taken, 409)).message).toBe(
      `Unable to move booking. Requested target slot (${second.start_at}) is already booked`,
    );
    const still = bookingSchema.parse(
      await successBody(await sandbox.get(`${regularAddressPath}/bookings/${first.id}`)),
    );
    expect(still).toMatchObject({ status: 'booked', start_at: first.start_at });
  });

  it('rejects a service of another address (400) and a body without address_service_id', async () => {
    const sandbox = await testSandbox();
    const visit = await bookedVisit(sandbox, regularAddressPath);
    const path = `${regularAddressPath}/bookings/${visit.id}/move`;
    const wrong = await send(sandbox, 'POST', path, {
      address_service_id: `${clinic.onlineAddressId}1`,
    });
    expect((await errorBody(wrong, 400)).message).toBe('Service does not belong to the address');
    const missing = await errorBody(await send(sandbox, 'POST', path, {}), 400);
    expect(missing.errors).toHaveProperty('address_service_id');
  });

  it('moves a visit to another doctor of the facility, unless it holds money there (422)', async () => {
    const sandbox = await testSandbox();
    // Doctor 100104's in-person address takes no payments; doctor 100101's online one does.
    const otherDoctor = '200104';
    const inPerson = await bookedVisit(sandbox, regularAddressPath);
    const moved = await send(
      sandbox,
      'POST',
      `${regularAddressPath}/bookings/${inPerson.id}/move`,
      {
        address_service_id: `${otherDoctor}1`,
        address_id: otherDoctor,
      },
    );
    expect(moved.status).toBe(201);
    expect(moved.headers.get('Location')).toContain('/doctors/100104/addresses/200104/bookings/');
    const paid = sandbox.state.world.bookings.find(
      (booking) =>
        booking.addressId === clinic.onlineAddressId &&
        booking.status === 'booked' &&
        ['paid', 'successful', 'in_progress'].includes(booking.visitPaymentStatus ?? ''),
    );
    if (!paid) throw new Error('the demo data should have a paid online visit of doctor 100101');
    const blocked = await send(sandbox, 'POST', `${onlineAddressPath}/bookings/${paid.id}/move`, {
      address_service_id: `${otherDoctor}1`,
      address_id: otherDoctor,
    });
    await errorBody(blocked, 422);
  });
});
