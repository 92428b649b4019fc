// `GET /api/patients?q=`: finding a patient's visits by name or phone among the kept bookings —
// every word a prefix, phone numbers in any writing, accents (ł too) ignored, roles, newest
// first with a limit, and a clear 400 for a search that cannot be run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingRecord } from '../../../src/server/projection/booking-record.ts';
import { createBookingsTable } from '../../../src/server/store/bookings-table.ts';
import { migrate } from '../../../src/server/store/migrations.ts';
import { createSqliteClient } from '../../../src/server/store/sql/sqlite-client.ts';
import { openStore, type Store } from '../../../src/server/store/store.ts';
import { patientSearchLimit, patientSearchSchema } from '../../../src/shared/api/patient-search.ts';
import { queryTerms } from '../../../src/shared/domain/patient-terms.ts';
import { bookingRecord } from '../../fixtures/booking-record.ts';
import { buildTestApp } from '../../support/server-app.ts';
import { storeDialects } from '../../support/store-dialects.ts';

const anna = { facilityId: '139878', doctorId: '100101', addressId: '200101' };
const annaOnline = { facilityId: '139878', doctorId: '100101', addressId: '200201' };
const piotr = { facilityId: '139878', doctorId: '100102', addressId: '200102' };

let ids = 0;

function booking(
  patient: { name: string; surname: string; phone?: string | null },
  start: string,
  overrides: Partial<BookingRecord> = {},
): BookingRecord {
  const id = `b${++ids}`;
  return bookingRecord({
    ...anna,
    id,
    startAt: start,
    endAt: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    details: {
      patient: { phone: null, email: null, ...patient },
      service: { id: '300101', name: 'Regular Visit', dictionaryId: null },
    },
    updatedKey: id,
    ...overrides,
  });
}

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

const kowalska = booking(
  { name: 'Anna', surname: 'Kowalska', phone: '+48 600 100 200' },
  '2026-11-24T09:00:00+01:00',
);
const kowalskaComing = booking(
  { name: 'Anna', surname: 'Kowalska', phone: '+48 600 100 200' },
  '2026-12-03T11:00:00+01:00',
  { ...piotr },
);
const kowalski = booking(
  { name: 'Jan', surname: 'Kowalski', phone: '600 999 888' },
  '2026-11-25T10:00:00+01:00',
);
const lukasz = booking(
  { name: 'Łukasz', surname: 'Żółkiewski', phone: '(22) 123-45-67' },
  '2026-11-26T12:00:00+01:00',
  { ...piotr },
);
const nowakowska = booking(
  { name: 'Annabel', surname: 'Nowakowska', phone: null },
  '2026-11-27T08:00:00+01:00',
);

// Through the whole server (test/support/server-app.ts), on its in-memory SQLite store; the
// search itself is run on both dialects by the store-level tests below.
describe('finding a patient', () => {
  it('needs every word to start a word of the name, in any order and case', async () => {
    const { idsOf } = await setup([kowalska, kowalskaComing, kowalski, lukasz, nowakowska]);
    expect(await idsOf('kowal an')).toEqual([kowalskaComing.id, kowalska.id]);
    expect(await idsOf('ANNA KOWALSKA')).toEqual([kowalskaComing.id, kowalska.id]);
    // "kowal" alone is both Kowalska and Kowalski; "an" alone also finds Annabel.
    expect(await idsOf('kowal')).toEqual([kowalskaComing.id, kowalski.id, kowalska.id]);
    expect(await idsOf('an')).toEqual([kowalskaComing.id, nowakowska.id, kowalska.id]);
    // A word inside a name does not match: only starts of words do.
    expect(await idsOf('owalska')).toEqual([]);
    expect(await idsOf('kowalska jan')).toEqual([]);
  });

  it('finds a phone number however it is written', async () => {
    const { idsOf } = await setup([kowalska, kowalskaComing, kowalski, lukasz]);
    const both = [kowalskaComing.id, kowalska.id];
    expect(await idsOf('600 100 200')).toEqual(both);
    expect(await idsOf('+48600100200')).toEqual(both);
    expect(await idsOf('600100200')).toEqual(both);
    expect(await idsOf('+48 600-100-200')).toEqual(both);
    expect(await idsOf('48600')).toEqual(both);
    // The first digits find every number that starts so.
    expect(await idsOf('600')).toEqual([kowalskaComing.id, kowalski.id, kowalska.id]);
    expect(await idsOf('22 123 45')).toEqual([lukasz.id]);
    // With the country code, a number kept without it (600 999 888) is found too.
    expect(await idsOf('+48 600 999 888')).toEqual([kowalski.id]);
    // A name and part of the number.
    expect(await idsOf('kowalsk 600 100')).toEqual(both);
    expect(await idsOf('kowalski 600 100')).toEqual([]);
  });

  it('ignores accents, ł included, both in the name and in the search', async () => {
    const { idsOf } = await setup([lukasz, kowalska]);
    expect(await idsOf('lukasz')).toEqual([lukasz.id]);
    expect(await idsOf('Łukasz')).toEqual([lukasz.id]);
    expect(await idsOf('zolkiew')).toEqual([lukasz.id]);
    expect(await idsOf('żółk łuk')).toEqual([lukasz.id]);
    expect(await idsOf('ŁUKASZ ŻÓŁKIEWSKI')).toEqual([lukasz.id]);
  });

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
    const elsewhere = booking({ name: 'Anna', surname: 'Kowalska' }, '2026-11-24T09:00:00+01:00', {
      facilityId: '999999',
    });
    const { idsOf } = await setup([kowalska, elsewhere]);
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
    const many = Array.from({ length: patientSearchLimit + 5 }, (_, index) =>
      booking(
        { name: 'Zofia', surname: 'Mazur' },
        new Date(Date.parse('2026-11-02T08:00:00Z') + index * 3_600_000).toISOString(),
      ),
    );
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

  // SQLite only: a data directory as SQLite's migration 7 left it, reopened by openStore.
  it('an older data directory gets its patients’ terms again when it opens', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'agenda-terms-'));
    try {
      // A data directory as version 7 left it: ł kept as it is in the terms.
      const before = new DatabaseSync(path.join(dataDir, 'agenda.sqlite'));
      migrate(before, 7);
      const olderBookings = createBookingsTable(createSqliteClient(before));
      await olderBookings.put(lukasz);
      before.exec(`DELETE FROM patient_terms;
        INSERT INTO patient_terms (booking_id, term) VALUES ('${lukasz.id}', 'łukasz');`);
      expect(await olderBookings.withPatientTerms('139878', queryTerms('lukasz'), null, 5)).toEqual(
        [],
      );
      before.close();
      const after = openStore(dataDir);
      const found = await after.bookings.withPatientTerms('139878', queryTerms('lukasz'), null, 5);
      expect(found.map((record) => record.id)).toEqual([lukasz.id]);
      await after.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// The search the route runs, `bookings.withPatientTerms` with the route's terms, on each dialect.
for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`finding a patient in the store on ${dialect.name}`, () => {
    const elsewhere = booking({ name: 'Anna', surname: 'Kowalska' }, '2026-11-24T09:00:00+01:00', {
      facilityId: '999999',
    });
    const many = Array.from({ length: patientSearchLimit + 5 }, (_, index) =>
      booking(
        { name: 'Zofia', surname: 'Mazur' },
        new Date(Date.parse('2026-11-02T08:00:00Z') + index * 3_600_000).toISOString(),
      ),
    );
    let store: Store;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await dialect.open());
      for (const record of [kowalska, kowalskaComing, kowalski, lukasz, nowakowska, elsewhere])
        await store.bookings.put(record);
      for (const record of many) await store.bookings.put(record);
    });
    afterAll(() => close());

    const idsOf = async (q: string, doctorId: string | null = null) =>
      (
        await store.bookings.withPatientTerms(
          '139878',
          queryTerms(q),
          doctorId,
          patientSearchLimit + 1,
        )
      ).map((record) => record.id);

    it('needs every word to start a word of the name, in any order and case', async () => {
      expect(await idsOf('kowal an')).toEqual([kowalskaComing.id, kowalska.id]);
      expect(await idsOf('ANNA KOWALSKA')).toEqual([kowalskaComing.id, kowalska.id]);
      expect(await idsOf('kowal')).toEqual([kowalskaComing.id, kowalski.id, kowalska.id]);
      expect(await idsOf('an')).toEqual([kowalskaComing.id, nowakowska.id, kowalska.id]);
      expect(await idsOf('owalska')).toEqual([]);
      expect(await idsOf('kowalska jan')).toEqual([]);
    });

    it('finds a phone number however it is written', async () => {
      const both = [kowalskaComing.id, kowalska.id];
      expect(await idsOf('600 100 200')).toEqual(both);
      expect(await idsOf('+48600100200')).toEqual(both);
      expect(await idsOf('600100200')).toEqual(both);
      expect(await idsOf('+48 600-100-200')).toEqual(both);
      expect(await idsOf('48600')).toEqual(both);
      expect(await idsOf('600')).toEqual([kowalskaComing.id, kowalski.id, kowalska.id]);
      expect(await idsOf('22 123 45')).toEqual([lukasz.id]);
      expect(await idsOf('+48 600 999 888')).toEqual([kowalski.id]);
      expect(await idsOf('kowalsk 600 100')).toEqual(both);
      expect(await idsOf('kowalski 600 100')).toEqual([]);
    });

    it('ignores accents, ł included, both in the name and in the search', async () => {
      expect(await idsOf('lukasz')).toEqual([lukasz.id]);
      expect(await idsOf('Łukasz')).toEqual([lukasz.id]);
      expect(await idsOf('zolkiew')).toEqual([lukasz.id]);
      expect(await idsOf('żółk łuk')).toEqual([lukasz.id]);
      expect(await idsOf('ŁUKASZ ŻÓŁKIEWSKI')).toEqual([lukasz.id]);
    });

    it('keeps to the facility, and to one doctor’s visits when asked', async () => {
      expect(await idsOf('kowalska')).toEqual([kowalskaComing.id, kowalska.id]);
      expect(await idsOf('kowalska', '100101')).toEqual([kowalska.id]);
      expect(await idsOf('lukasz', '100101')).toEqual([]);
      expect(await idsOf('lukasz', '100102')).toEqual([lukasz.id]);
    });

    it('answers the newest first, no more than asked', async () => {
      expect(await idsOf('zofia')).toEqual(
        many
          .slice(-(patientSearchLimit + 1))
          .reverse()
          .map((record) => record.id),
      );
    });
  });
}
