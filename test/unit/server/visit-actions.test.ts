// Acting on visits through the BFF (issue 15), against the real sandbox: presence, confirm,
// cancel, move and free slots; who may act; idempotent retries; the history line of each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { observationFromBooking } from '../../../src/server/agenda/observation-from-booking.ts';
import { applyObservations } from '../../../src/server/projection/apply-observations.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { freeSlotsSchema, visitActionResultSchema } from '../../../src/shared/api/visit-actions.ts';
import { docplannerApiOn } from '../../support/sandbox-api.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

/** Wednesday 25 November 2026, 10:00 in Warsaw; each test books its own visits. */
const wednesdayMorning = Date.parse('2026-11-25T10:00:00+01:00');
let sandboxNow = wednesdayMorning;
let sandbox: RunningSandbox | undefined;
let api: DocplannerApi;
const anna = { facilityId: '139878', doctorId: '100101', addressId: '200101' };
const piotr = { facilityId: '139878', doctorId: '100102', addressId: '200102' };
let keys = 0;

// A sandbox of its own for each test: what one test books does not crowd the next.
beforeEach(async () => {
  sandboxNow = wednesdayMorning;
  sandbox = await startSandbox({ seed: 1, now: () => new Date(sandboxNow) });
  api = docplannerApiOn(sandbox);
});
afterEach(() => sandbox?.close());

/** Free starts of the place tomorrow (Thursday), with a service bookable at each. */
async function freeStarts(place: typeof anna) {
  const slots = await api.getSlots(place, '2026-11-26T00:00:00+01:00', '2026-11-27T00:00:00+01:00');
  const service = slots[0]?.address_services?._items[0];
  if (!service) throw new Error('the demo Thursday should have free slots with services');
  return {
    serviceId: String(service.id),
    duration: Number(service.duration ?? 20),
    starts: slots.map((slot) => slot.start),
  };
}

function setup() {
  const clock = manualClock(wednesdayMorning);
  const test = buildTestApp({ api, clock });

  /** Books a phone patient on Docplanner and folds the booking in, as a sync would. */
  async function bookVisit(place = anna, index = 0) {
    const { serviceId, duration, starts } = await freeStarts(place);
    const start = starts[index];
    if (!start) throw new Error(`no free start #${index}`);
    const booking = await api.bookSlot(place, start, {
      address_service_id: serviceId,
      duration,
      is_returning: false,
      patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48600100200' },
    });
    await test.store.transaction(() =>
      applyObservations(
        test.store,
        [observationFromBooking(booking, place, clock.now())],
        new Date(clock.now()).toISOString(),
      ),
    );
    return { id: booking.id, start: booking.start_at, end: booking.end_at, serviceId, starts };
  }

  function act(
    id: string,
    action: string,
    body?: unknown,
    options: { role?: 'admin' | 'reception' | 'doctor'; key?: string | null } = {},
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = options.key === undefined ? `test-key-${++keys}` : options.key;
    if (key) headers['idempotency-key'] = key;
    return test.request(
      `/api/visits/${id}/${action}`,
      { method: 'POST', headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) },
      options.role ?? 'reception',
    );
  }

  return { ...test, clock, bookVisit, act };
}

describe('acting on a visit', () => {
  it('confirms a visit, says who did it in the history, and tells the live stream', async () => {
    const { act, bookVisit, request, hub } = setup();
    const { id } = await bookVisit();
    let told = 0;
    const unsubscribe = hub.subscribe(() => told++);
    const response = await act(id, 'confirm');
    unsubscribe();
    expect(response.status).toBe(200);
    const { visit } = visitActionResultSchema.parse(await response.json());
    expect(visit).toMatchObject({ id, confirmed: true, status: 'booked' });
    expect(told).toBeGreaterThan(0);
    const history = (await (await request(`/api/visits/${id}/history`)).json()) as {
      entries: { event: string; summary: string; facts?: unknown }[];
    };
    expect(history.entries.map((entry) => entry.summary)).toContain('Confirmed by reception');
    // And as data, for the page to say it in its language.
    expect(history.entries.map((entry) => entry.facts)).toContainEqual({
      kind: 'confirmed',
      staff: 'reception',
    });
  });

  it('cancels with the reason for the patient; the slot is free again on Docplanner', async () => {
    const { act, bookVisit } = setup();
    const { id, start } = await bookVisit();
    const response = await act(id, 'cancel', { reason: 'The doctor is ill' });
    expect(response.status).toBe(200);
    const { visit } = visitActionResultSchema.parse(await response.json());
    expect(visit.status).toBe('canceled');
    expect((await freeStarts(anna)).starts).toContain(start);
  });

  it('moves a visit to a free time: a new id, the old one gone, both with the history line', async () => {
    const { act, bookVisit, store } = setup();
    const { id, starts } = await bookVisit(anna, 0);
    const target = starts[3]!;
    const response = await act(id, 'move', { start: new Date(target).toISOString() });
    expect(response.status).toBe(200);
    const result = visitActionResultSchema.parse(await response.json());
    expect(result.previousId).toBe(id);
    expect(result.visit.id).not.toBe(id);
    expect(Date.parse(result.visit.start)).toBe(Date.parse(target));
    expect((await store.bookings.get(id))?.status).not.toBe('booked');
    for (const visitId of [id, result.visit.id]) {
      const line = (await store.history.of(visitId)).find(
        (entry) => entry.event === 'booking-moved',
      );
      expect(line?.facts).toMatchObject({ kind: 'moved', staff: 'reception' });
      expect(Date.parse(line?.facts?.to ?? '')).toBe(Date.parse(target));
    }
  });

  it('refuses a move onto a time Docplanner has booked, with 409 and its sentence', async () => {
    const { act, bookVisit } = setup();
    const first = await bookVisit(anna, 0);
    const second = await bookVisit(anna, 1);
    const response = await act(first.id, 'move', { start: new Date(second.start).toISOString() });
    expect(response.status).toBe(409);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already booked/);
  });

  it('marks presence only once the visit has begun (Docplanner refuses it before)', async () => {
    const { act, bookVisit, clock } = setup();
    const { id, start } = await bookVisit();
    const early = await act(id, 'presence', { presence: 'present' });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { error: { message: string } }).error.message).toMatch(
      /Docplanner refused: .*future/,
    );

    sandboxNow = Date.parse(start) + 5 * 60_000;
    clock.set(sandboxNow);
    const arrived = await act(id, 'presence', { presence: 'present' });
    expect(arrived.status).toBe(200);
    expect(visitActionResultSchema.parse(await arrived.json()).visit.presence).toBe('present');
    // Reversible the same day: a no-show after all, half a minute later.
    sandboxNow += 30_000;
    clock.set(sandboxNow);
    const absent = await act(id, 'presence', { presence: 'absent' });
    expect(visitActionResultSchema.parse(await absent.json()).visit.presence).toBe('absent');
  });

  it('lists the free times a visit can move to', async () => {
    const { request, bookVisit } = setup();
    const { id, start, end, starts } = await bookVisit();
    const response = await request(`/api/visits/${id}/free-slots?days=2`, {}, 'reception');
    expect(response.status).toBe(200);
    const { slots } = freeSlotsSchema.parse(await response.json());
    const listed = slots.map((slot) => Date.parse(slot.start));
    const afterIt = starts.find((free) => Date.parse(free) >= Date.parse(end));
    expect(listed).toContain(Date.parse(afterIt!));
    expect(listed).not.toContain(Date.parse(start));
    expect(Math.min(...listed)).toBeGreaterThanOrEqual(wednesdayMorning);
    expect(slots.every((slot) => slot.serviceIds.length > 0)).toBe(true);
  });
});

describe('who may act', () => {
  it('lets a doctor act on their own visits only (another doctor’s answers as an unknown one), reception on all', async () => {
    const { act, bookVisit, request } = setup();
    const annas = await bookVisit(anna);
    const piotrs = await bookVisit(piotr);
    // The same status and words for another doctor's visit and for an id the clinic lacks: a
    // doctor cannot tell which visit ids exist.
    const others = await act(piotrs.id, 'confirm', undefined, { role: 'doctor' });
    const unknown = await act('999999999', 'confirm', undefined, { role: 'doctor' });
    expect(others.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await others.json()).toEqual(await unknown.json());
    expect((await act(annas.id, 'confirm', undefined, { role: 'doctor' })).status).toBe(200);
    expect((await act(piotrs.id, 'confirm', undefined, { role: 'reception' })).status).toBe(200);
    const signedOut = await request(
      `/api/visits/${piotrs.id}/cancel`,
      { method: 'POST', headers: { 'idempotency-key': 'signed-out-1' } },
      null,
    );
    expect(signedOut.status).toBe(401);
  });

  it('answers 400 for a bad body and 404 for a visit the clinic does not have', async () => {
    const { act, bookVisit } = setup();
    const { id } = await bookVisit();
    const bad = await act(id, 'presence', { presence: 'maybe' });
    expect(bad.status).toBe(400);
    // The shared schema is zod/mini: the server still says in English what is wrong.
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      'presence: Invalid option: expected one of "present"|"absent"',
    );
    expect((await act('999999999', 'confirm')).status).toBe(404);
    expect((await act('../etc', 'confirm')).status).toBe(404);
  });
});

describe('retries', () => {
  it('needs an Idempotency-Key on every write', async () => {
    const { act, bookVisit } = setup();
    const { id } = await bookVisit();
    const response = await act(id, 'cancel', {}, { key: null });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'idempotency_key_required',
    );
  });

  it('answers a retry with the same key from the first answer, acting once', async () => {
    const { act, bookVisit, store } = setup();
    const { id, starts } = await bookVisit();
    const body = { start: new Date(starts[2]!).toISOString() };
    const first = await act(id, 'move', body, { key: 'retry-after-drop-1' });
    const again = await act(id, 'move', body, { key: 'retry-after-drop-1' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(
      (await store.history.of(id)).filter((entry) => entry.event === 'booking-moved'),
    ).toHaveLength(1);
    // The same key with another request is a mistake, not a retry.
    const other = await act(id, 'cancel', {}, { key: 'retry-after-drop-1' });
    expect(other.status).toBe(422);
  });
});

describe('an expired token', () => {
  it('is fetched anew and the write sent once more, so the action still happens', async () => {
    const { act, bookVisit } = setup();
    const first = await bookVisit(anna, 0);
    // Two hours on Docplanner's clock: the token the BFF holds has expired there (401).
    sandboxNow += 2 * 3_600_000;
    const confirmed = await act(first.id, 'confirm');
    expect(confirmed.status).toBe(200);
    // A booking (POST slots/…/book) after the next expiry, straight through the client.
    const { serviceId, duration, starts } = await freeStarts(anna);
    sandboxNow += 2 * 3_600_000;
    const second = await api.bookSlot(anna, starts.at(-1)!, {
      address_service_id: serviceId,
      duration,
      is_returning: false,
      patient: { name: 'Ola', surname: 'Telefoniczna', phone: '+48600100300' },
    });
    expect(second.id).not.toBe(first.id);
  });
});
