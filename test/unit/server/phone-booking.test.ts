// Booking a patient who phones the clinic (issue 15), through the BFF against the real sandbox:
// the doctor's free starts, the booking and its history line, who may book for whom, the form's
// rules checked again on the server, a time someone else took, and a retry that books once.
import { describe, expect, it } from 'vitest';
import { type BookRequest, bookableSlotsSchema } from '../../../src/shared/api/phone-booking.ts';
import { visitActionResultSchema } from '../../../src/shared/api/visit-actions.ts';
import { sandboxPerTest } from '../../support/sandbox-api.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

/** Wednesday 25 November 2026, 10:00 in Warsaw. */
const wednesdayMorning = Date.parse('2026-11-25T10:00:00+01:00');
const thursday = { from: '2026-11-26T00:00:00+01:00', to: '2026-11-27T00:00:00+01:00' };
const anna = { facilityId: '139878', doctorId: '100101', addressId: '200101' };
const piotr = { facilityId: '139878', doctorId: '100102', addressId: '200102' };
const docplanner = sandboxPerTest(() => wednesdayMorning);
let keys = 0;

function setup() {
  const test = buildTestApp({ api: docplanner.api, clock: manualClock(wednesdayMorning) });
  type Role = 'admin' | 'reception' | 'doctor';

  async function freeSlots(doctorId: string, role: Role = 'reception', range = thursday) {
    const query = new URLSearchParams({ doctorId, ...range });
    return test.request(`/api/bookings/free-slots?${query}`, {}, role);
  }

  async function firstFree(doctorId: string, addressId: string) {
    const { slots } = bookableSlotsSchema.parse(await (await freeSlots(doctorId)).json());
    const slot = slots.find((candidate) => candidate.addressId === addressId);
    if (!slot?.services[0]) throw new Error('the demo Thursday should have a free slot');
    return { slot, slots, serviceId: slot.services[0].id };
  }

  function book(body: unknown, options: { role?: Role; key?: string } = {}) {
    return test.request(
      '/api/bookings',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': options.key ?? `booking-key-${++keys}`,
        },
        body: JSON.stringify(body),
      },
      options.role ?? 'reception',
    );
  }

  async function requestFor(place = anna): Promise<BookRequest> {
    const { slot, serviceId } = await firstFree(place.doctorId, place.addressId);
    return {
      doctorId: place.doctorId,
      addressId: place.addressId,
      start: slot.start,
      serviceId,
      patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48 600 100 200', email: '' },
      comment: 'Called at 9:40, back pain',
    };
  }

  return { ...test, freeSlots, firstFree, book, requestFor };
}

describe('booking a patient who phones', () => {
  it('lists the doctor’s free starts of every address with the services bookable at each', async () => {
    const { freeSlots } = setup();
    const response = await freeSlots(anna.doctorId);
    expect(response.status).toBe(200);
    const { slots } = bookableSlotsSchema.parse(await response.json());
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((slot) => slot.doctorId))).toEqual(new Set([anna.doctorId]));
    expect(slots.every((slot) => slot.services.length > 0)).toBe(true);
    const starts = slots.map((slot) => Date.parse(slot.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const start of starts) {
      expect(start).toBeGreaterThanOrEqual(Date.parse(thursday.from));
      expect(start).toBeLessThan(Date.parse(thursday.to));
    }
  });

  it('books the patient into the slot: the visit is in the agenda at once, with who booked it', async () => {
    const { book, requestFor, store, firstFree } = setup();
    const request = await requestFor();
    const response = await book(request);
    expect(response.status).toBe(200);
    const { visit } = visitActionResultSchema.parse(await response.json());
    expect(visit).toMatchObject({
      doctorId: anna.doctorId,
      addressId: anna.addressId,
      status: 'booked',
      patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48 600 100 200' },
      comment: 'Called at 9:40, back pain',
    });
    expect(Date.parse(visit.start)).toBe(Date.parse(request.start));
    expect(await store.bookings.get(visit.id)).toBeDefined();
    expect((await store.history.of(visit.id)).map((entry) => entry.summary)).toContain(
      'Booked by phone by reception',
    );
    // The time is no longer free on Docplanner.
    const { slots } = await firstFree(anna.doctorId, anna.addressId);
    expect(slots.map((slot) => Date.parse(slot.start))).not.toContain(Date.parse(request.start));
  });

  it('answers 409 when someone else booked the time first, and books nothing', async () => {
    const { book, requestFor, store } = setup();
    const request = await requestFor();
    expect((await book(request)).status).toBe(200);
    const before = await store.bookings.count();
    const second = await book({ ...request, patient: { ...request.patient, name: 'Ewa' } });
    expect(second.status).toBe(409);
    const { error } = (await second.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Pick another time/);
    expect(await store.bookings.count()).toBe(before);
  });

  it('books once when the same request is sent again with its key (a retry after a drop)', async () => {
    const { book, requestFor, store } = setup();
    const request = await requestFor();
    const first = await book(request, { key: 'phone-retry-0001' });
    const again = await book(request, { key: 'phone-retry-0001' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    const firstVisit = visitActionResultSchema.parse(await first.json()).visit;
    expect(visitActionResultSchema.parse(await again.json()).visit.id).toBe(firstVisit.id);
    expect(await store.bookings.count()).toBe(1);
  });

  it('checks the form again: each wrong field named, in words for the desk', async () => {
    const { book, requestFor } = setup();
    const request = await requestFor();
    const response = await book({
      ...request,
      patient: { name: ' ', surname: 'Telefoniczny', phone: 'call me', email: 'jan@' },
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toContain('patient.name: Enter the first name.');
    expect(error.message).toContain('patient.phone: Enter a phone number');
    expect(error.message).toContain('patient.email: Enter an e-mail address');
  });

  it('refuses a service the address does not offer, and an address of another doctor', async () => {
    const { book, requestFor } = setup();
    const request = await requestFor();
    const noService = await book({ ...request, serviceId: '999999' });
    expect(noService.status).toBe(422);
    expect(((await noService.json()) as { error: { message: string } }).error.message).toBe(
      'That service is not offered at this address.',
    );
    const wrongAddress = await book({ ...request, addressId: piotr.addressId });
    expect(wrongAddress.status).toBe(422);
  });

  it('lets a doctor book into their own agenda only', async () => {
    const { book, requestFor, freeSlots } = setup();
    const piotrs = await requestFor(piotr);
    expect((await book(piotrs, { role: 'doctor' })).status).toBe(403);
    expect((await freeSlots(piotr.doctorId, 'doctor')).status).toBe(403);
    const own = await requestFor(anna);
    expect((await book(own, { role: 'doctor' })).status).toBe(200);
  });

  it('answers 400 to a free-slots query it cannot read', async () => {
    const { freeSlots } = setup();
    const backwards = await freeSlots(anna.doctorId, 'reception', {
      from: thursday.to,
      to: thursday.from,
    });
    expect(backwards.status).toBe(400);
    const missing = await freeSlots('', 'reception');
    expect(missing.status).toBe(400);
  });
});
