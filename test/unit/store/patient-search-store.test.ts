// The search `GET /api/patients` runs, `bookings.withPatientTerms` with the route's terms, on each
// dialect of the store (the route itself: test/unit/server/patient-search-route.test.ts), and an
// older SQLite data directory given its patients' terms again when it opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBookingsTable } from '../../../src/server/store/bookings-table.ts';
import { migrate } from '../../../src/server/store/migrations.ts';
import { createSqliteClient } from '../../../src/server/store/sql/sqlite-client.ts';
import { openStore, type Store } from '../../../src/server/store/store.ts';
import { patientSearchLimit } from '../../../src/shared/api/patient-search.ts';
import { queryTerms } from '../../../src/shared/domain/patient-terms.ts';
import {
  kowalska,
  kowalskaComing,
  kowalskaElsewhere,
  lukasz,
  searchedPatients,
  searches,
  tooManyZofias,
} from '../../fixtures/patient-search.ts';
import { storeDialects } from '../../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`finding a patient in the store on ${dialect.name}`, () => {
    const many = tooManyZofias();
    let store: Store;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await dialect.open());
      for (const record of [...searchedPatients, kowalskaElsewhere(), ...many])
        await store.bookings.put(record);
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

    for (const { subject, finds } of searches) {
      it(subject, async () => {
        for (const [q, found] of finds) expect(await idsOf(q), q).toEqual(found.map((b) => b.id));
      });
    }

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

// SQLite only: a data directory as SQLite's migration 7 left it, reopened by openStore.
describe('an older data directory', () => {
  it('gets its patients’ terms again when it opens', async () => {
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
