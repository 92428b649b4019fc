// getSlots, replaceSlots, deleteSlots and bookSlot.
import { describe, expect, it } from 'vitest';
import { bookingSchema } from '../../../src/shared/docplanner/booking.ts';
import { slotsSchema } from '../../../src/shared/docplanner/slot.ts';
import {
  clinic,
  encoded,
  errorBody,
  onlineAddressPath,
  successBody,
  type TestSandbox,
  testSandbox,
} from './sandbox-client.ts';

const onlineConsultation = `${clinic.onlineAddressId}2`; // 20 minutes
const regularVisitOnline = `${clinic.onlineAddressId}1`; // 30 minutes

function range(start: string, end: string) {
  return `start=${encoded(start)}&end=${encoded(end)}`;
}

async function slotsOn(sandbox: TestSandbox, start: string, end: string, extra = '') {
  const response = await sandbox.get(`${onlineAddressPath}/slots?${range(start, end)}${extra}`);
  return slotsSchema.parse(await successBody(response))._items;
}

function put(sandbox: TestSandbox, body: unknown) {
  return sandbox.request(`${onlineAddressPath}/slots`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const patient = { name: 'Jan', surname: 'Testowy', phone: '+48 600 100 200' };

describe('slots', () => {
  it('offers no slot in the past and none that overlaps a visit of the doctor', async () => {
    const sandbox = await testSandbox();
    const slots = await slotsOn(sandbox, '2026-11-25T00:00:00+01:00', '2026-11-25T23:59:00+01:00');
    expect(slots.length).toBeGreaterThan(0);
    expect(slots[0]!.start >= '2026-11-25T10:00:00+01:00').toBe(true);
    const visits = sandbox.state.world.bookings.filter(
      (booking) => booking.status === 'booked' && ['200101', '200201'].includes(booking.addressId),
    );
    for (const slot of slots) {
      const start = Date.parse(slot.start);
      for (const visit of visits) {
        const overlaps =
          start < visit.endAt.epochMilliseconds &&
          start + 20 * 60_000 > visit.startAt.epochMilliseconds;
        expect(overlaps, `${slot.start} overlaps visit ${visit.id}`).toBe(false);
      }
    }
  });

  it("lists a slot's services only with slot.services", async () => {
    const sandbox = await testSandbox();
    const [plain] = await slotsOn(
      sandbox,
      '2026-11-26T08:00:00+01:00',
      '2026-11-26T18:00:00+01:00',
    );
    expect(plain).not.toHaveProperty('address_services');
    const [rich] = await slotsOn(
      sandbox,
      '2026-11-26T08:00:00+01:00',
      '2026-11-26T18:00:00+01:00',
      '&with=slot.services',
    );
    expect(rich?.address_services?._items.map((service) => service.name)).toEqual([
      'Regular Visit',
      'online consultation',
    ]);
  });

  it('offers at a start only the services whose whole length is free there', async () => {
    const sandbox = await testSandbox();
    const slots = await slotsOn(
      sandbox,
      '2026-11-25T08:00:00+01:00',
      '2026-11-27T18:00:00+01:00',
      '&with=slot.services',
    );
    const visits = sandbox.state.world.bookings.filter(
      (booking) => booking.status === 'booked' && ['200101', '200201'].includes(booking.addressId),
    );
    const freeFor = (start: number, minutes: number) =>
      visits.every(
        (visit) =>
          start + minutes * 60_000 <= visit.startAt.epochMilliseconds ||
          start >= visit.endAt.epochMilliseconds,
      );
    let cut = 0;
    for (const slot of slots) {
      const start = Date.parse(slot.start);
      const ids = slot.address_services?._items.map((service) => String(service.id)) ?? [];
      expect(ids, slot.start).toContain(onlineConsultation);
      const closing = Date.parse(`${slot.start.slice(0, 10)}T18:00:00+01:00`);
      const fits = freeFor(start, 30) && start + 30 * 60_000 <= closing;
      expect(ids.includes(regularVisitOnline), `${slot.start}: 30 minutes free`).toBe(fits);
      if (!fits) cut++;
    }
    // The week has such starts (20 minutes before a visit, or at 17:40): the check saw some.
    expect(cut).toBeGreaterThan(0);
  });

  it('refuses a range over 180 days (400) and answers 404 when there is no slot', async () => {
    const sandbox = await testSandbox();
    const long = await sandbox.get(
      `${onlineAddressPath}/slots?${range('2026-11-25T00:00:00+01:00', '2027-06-01T00:00:00+02:00')}`,
    );
    expect((await errorBody(long, 400)).message).toBe('Date range must not exceed 180 days');
    const weekend = await sandbox.get(
      `${onlineAddressPath}/slots?${range('2026-11-28T00:00:00+01:00', '2026-11-29T23:00:00+01:00')}`,
    );
    expect((await errorBody(weekend, 404)).message).toBe('No slots found on given address');
  });

  it('replaces the slots of a range (201) and clears a day', async () => {
    const sandbox = await testSandbox();
    const response = await put(sandbox, {
      slots: [
        {
          start: '2026-11-28T09:00:00+01:00',
          end: '2026-11-28T10:00:00+01:00',
          address_services: [{ address_service_id: onlineConsultation, duration: 20 }],
        },
      ],
    });
    expect(response.status).toBe(201);
    const saturday = await slotsOn(
      sandbox,
      '2026-11-28T00:00:00+01:00',
      '2026-11-28T23:59:00+01:00',
    );
    expect(saturday.map((slot) => slot.start)).toEqual([
      '2026-11-28T09:00:00+01:00',
      '2026-11-28T09:20:00+01:00',
      '2026-11-28T09:40:00+01:00',
    ]);
    const cleared = await sandbox.request(`${onlineAddressPath}/slots/2026-11-28`, {
      method: 'DELETE',
    });
    expect(cleared.status).toBe(204);
    const after = await sandbox.get(
      `${onlineAddressPath}/slots?${range('2026-11-28T00:00:00+01:00', '2026-11-28T23:59:00+01:00')}`,
    );
    await errorBody(after, 404);
  });

  it.each([
    [
      'crosses midnight',
      { start: '2026-11-28T22:00:00+01:00', end: '2026-11-29T01:00:00+01:00' },
      /exceeds a single day boundary/,
    ],
    [
      'is shorter than a minute',
      { start: '2026-11-28T09:00:00+01:00', end: '2026-11-28T09:00:00+01:00' },
      /Invalid arguments/,
    ],
    [
      'ends beyond twelve weeks',
      { start: '2027-03-01T09:00:00+01:00', end: '2027-03-01T10:00:00+01:00' },
      /Invalid arguments/,
    ],
    [
      'names an unknown address service',
      {
        start: '2026-11-28T09:00:00+01:00',
        end: '2026-11-28T10:00:00+01:00',
        address_services: [{ address_service_id: '1', duration: 20 }],
      },
      /Address service does not exist/,
    ],
    [
      'needs insurance but names none',
      {
        start: '2026-11-28T09:00:00+01:00',
        end: '2026-11-28T10:00:00+01:00',
        insurance_accepted: 'with-insurance-only',
      },
      /insurance providers are missing/,
    ],
  ])('rejects a range that %s (400)', async (_, slot, message) => {
    const sandbox = await testSandbox();
    expect((await errorBody(await put(sandbox, { slots: [slot] }), 400)).message).toMatch(message);
  });
});

describe('bookSlot', () => {
  it('books a free slot (200 Booking) with a video room, after which the slot is gone', async () => {
    const sandbox = await testSandbox();
    const [slot] = await slotsOn(sandbox, '2026-11-26T08:00:00+01:00', '2026-11-26T18:00:00+01:00');
    const response = await sandbox.request(
      `${onlineAddressPath}/slots/${encoded(slot!.start)}/book`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          address_service_id: onlineConsultation,
          duration: 20,
          patient,
          comment: 'Kaszel',
        }),
      },
    );
    const booking = bookingSchema.parse(await successBody(response));
    expect(booking).toMatchObject({
      status: 'booked',
      start_at: slot!.start,
      duration: 20,
      booked_by: 'integration',
      comment: 'Kaszel',
    });
    expect(booking.patient).toMatchObject({ name: 'Jan', surname: 'Testowy' });
    expect(booking.videocall_url).toMatch(/^https:\/\/video\.sandbox\.docplanner\.local\/room\//);
    const again = await sandbox.request(`${onlineAddressPath}/slots/${encoded(slot!.start)}/book`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ address_service_id: onlineConsultation, duration: 20, patient }),
    });
    expect((await errorBody(again, 404)).message).toBe(
      `Unable to perform booking. Requested target slot (${slot!.start}) not found`,
    );
  });

  it('refuses a service the slot does not offer (404) and a body without a patient (400)', async () => {
    const sandbox = await testSandbox();
    await put(sandbox, {
      slots: [
        {
          start: '2026-11-28T09:00:00+01:00',
          end: '2026-11-28T10:00:00+01:00',
          address_services: [{ address_service_id: onlineConsultation, duration: 20 }],
        },
      ],
    });
    const path = `${onlineAddressPath}/slots/${encoded('2026-11-28T09:00:00+01:00')}/book`;
    const post = (body: unknown) =>
      sandbox.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const unsupported = await post({
      address_service_id: regularVisitOnline,
      duration: 30,
      patient,
    });
    expect((await errorBody(unsupported, 404)).message).toBe(
      `Unable to perform booking. Slot (2026-11-28T09:00:00+01:00) does not support service ${regularVisitOnline}`,
    );
    const noPatient = await errorBody(
      await post({ address_service_id: onlineConsultation, duration: 20 }),
      400,
    );
    expect(noPatient.errors).toHaveProperty('patient');
  });
});
