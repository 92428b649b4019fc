// `GET /api/patients?q=`: finding a patient's visits by name or phone among the kept bookings,
// through the whole server (test/support/server-app.ts) on its in-memory SQLite store — roles,
// newest first with a limit, and a clear 400 for a search that cannot be run. The same searches
// are run on both dialects of the store in test/unit/store/patient-search-store.test.ts.
import { describe, expect, it } from 'vitest';
import type { BookingRecord } from '../../../src/server/projection/booking-record.ts';
import { patientSearchLimit, patientSearchSchema } from '../../../src/shared/api/patient-search.ts';
import {
  annaOnline,
  patientBooking as booking,
  kowalska,
  kowalskaComing,
  kowalskaElsewhere,
  lukasz,
  searchedPatients,
  searches,
  tooManyZofias,
} from '../../fixtures/patient-search.ts';
import { buildTestApp } from '../../support/server-app.ts';

async function setup(records: BookingRecord[]) {
  const test = buildTestApp();
  for (const record of records) await test.store.bookings.put(record);
  async function search(q: string, role: 'doctor' | 'reception' | 'admin' = 'reception') {
    const response = await test.request(`/api/patients?q=${encodeURIComponent(q)}`, {}, role);
    return { status: response.status, body: (await response.json()) as unknown };
  }
  async function found(q: string, role: 'doctor' | 'reception' | 'admin' = 'reception') {
    const { status, body } = await search(q, role);
    expect(status, JSON.stringify(body)).toBe(200);
    return patientSearchSchema.parse(body);
  }
  const idsOf = async (q: string, role?: 'doctor' | 'reception' | 'admin') =>
    (await found(q, role)).visits.map((visit) => visit.id);
  return { ...test, search, found, idsOf };
}

describe('finding a patient', () => {
  for (const { subject, finds } of searches) {
    it(subject, async () => {
      const { idsOf } = await setup(searchedPatients);
      for (const [q, found] of finds) expect(await idsOf(q), q).toEqual(found.map((b) => b.id));
    });
  }

  it('lists past and coming visits, newest first, with their state', async () => {
    const cancelled = booking({ name: 'Ewa', surname: 'Mazur' }, '2026-11-30T09:00:00+01:00', {
      status: 'canceled',
      movedTo: 'b-new',
    });
    const moved = booking({ name: 'Ewa', surname: 'Mazur' }, '2026-12-01T09:00:00+01:00', {
      id: 'b-new',
    });
    const past = booking({ name: 'Ewa', surname: 'Mazur' }, '2026-10-01T09:00:00+01:00');
    const online = booking({ name: 'Ewa', surname: 'Mazur' }, '2026-11-20T09:00:00+01:00', {
      ...annaOnline,
    });
    const { found } = await setup([past, cancelled, moved, online]);
    const answer = await found('mazur');
    expect(answer.visits.map((visit) => visit.id)).toEqual([
      moved.id,
      cancelled.id,
      online.id,
      past.id,
    ]);
    expect(answer.visits[1]).toMatchObject({ status: 'canceled', movedTo: 'b-new' });
    expect(answer.visits.find((visit) => visit.id === online.id)?.online).toBe(true);
    expect(answer.visits.find((visit) => visit.id === past.id)?.online).toBe(false);
    expect(answer.doctors).toEqual([{ id: '100101', name: 'Anna', surname: 'Kowalska' }]);
    expect(answer.truncated).toBe(false);
  });

  it('gives a doctor their own visits only; reception and admin every doctor’s', async () => {
    const { idsOf, found } = await setup([kowalska, kowalskaComing, lukasz]);
    // The doctor is Dr Anna Kowalska (100101): Łukasz is Dr Nowak's patient.
    expect(await idsOf('lukasz', 'doctor')).toEqual([]);
    expect(await idsOf('lukasz', 'reception')).toEqual([lukasz.id]);
    expect(await idsOf('lukasz', 'admin')).toEqual([lukasz.id]);
    // Her patient who also sees Dr Nowak: she sees her own visit, not his.
    const doctors = await found('kowalska', 'doctor');
    expect(doctors.visits.map((visit) => visit.id)).toEqual([kowalska.id]);
    expect(doctors.doctors.map((doctor) => doctor.id)).toEqual(['100101']);
    const desk = await found('kowalska', 'reception');
    expect(desk.visits.map((visit) => visit.id)).toEqual([kowalskaComing.id, kowalska.id]);
    expect(desk.doctors.map((doctor) => doctor.id).sort()).toEqual(['100101', '100102']);
  });

  it('shows the video link to the doctor only, as the agenda does', async () => {
    const video = booking({ name: 'Ewa', surname: 'Mazur' }, '2026-11-20T09:00:00+01:00', {
      ...annaOnline,
      videocallUrl: 'https://video.example.com/room/1',
    });
    const { found } = await setup([video]);
    expect((await found('mazur', 'doctor')).visits[0]?.video).toMatchObject({ kind: 'link' });
    expect((await found('mazur', 'reception')).visits[0]?.video).toBeNull();
  });

  it('finds only the bookings of the agenda’s facility', async () => {
    const { idsOf } = await setup([kowalska, kowalskaElsewhere()]);
    expect(await idsOf('kowalska')).toEqual([kowalska.id]);
  });

  it('keeps a visit’s terms current: a corrected name is found by the new one only', async () => {
    const { idsOf, store } = await setup([kowalska]);
    await store.bookings.put({
      ...kowalska,
      details: { ...kowalska.details, patient: { ...kowalska.details.patient, surname: 'Nowak' } },
    });
    expect(await idsOf('kowalska')).toEqual([]);
    expect(await idsOf('anna nowak')).toEqual([kowalska.id]);
  });

  it(`answers the newest ${patientSearchLimit} and says there were more`, async () => {
    const many = tooManyZofias();
    const { found } = await setup(many);
    const answer = await found('zofia');
    expect(answer.truncated).toBe(true);
    expect(answer.visits).toHaveLength(patientSearchLimit);
    expect(answer.visits[0]?.id).toBe(many.at(-1)?.id);
    expect(answer.visits.at(-1)?.id).toBe(many[5]?.id);
    const exact = await setup(many.slice(0, patientSearchLimit));
    expect((await exact.found('zofia')).truncated).toBe(false);
  });

  it('refuses a search that cannot be run with a sentence for the desk', async () => {
    const { search } = await setup([kowalska]);
    for (const q of ['', ' ', 'a', '60', 'a 1', '--']) {
      const { status, body } = await search(q);
      expect(status, q).toBe(400);
      expect(body).toMatchObject({
        error: {
          code: 'invalid_query',
          message: 'Type at least 2 letters of a name or 3 digits of a phone number.',
        },
      });
    }
    const tooLong = await search('a'.repeat(101));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      error: { message: 'The search is too long: use at most 100 characters.' },
    });
    const tooMany = await search('an ko ma ew zo ja lu');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({
      error: { message: 'Use at most 6 words: a name, a surname or a phone number.' },
    });
    const missing = await (await setup([])).request('/api/patients');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { message: 'Type a name or a phone number to search for.' },
    });
    // The limits themselves are allowed.
    expect((await search('an')).status).toBe(200);
    expect((await search('600')).status).toBe(200);
    expect((await search(`kowalska ${' '.repeat(80)}`)).status).toBe(200);
  });

  it('is for signed-in staff only', async () => {
    const { request } = await setup([kowalska]);
    expect((await request('/api/patients?q=kowalska', {}, null)).status).toBe(401);
  });
});
