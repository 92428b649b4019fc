// The kept bookings and their history behave the same over SQLite and PostgreSQL: found by time,
// patient word prefix, video and payment; text with a NUL; history lines written once.
import { describe, expect, it } from 'vitest';
import type { BookingRecord } from '../../../src/server/projection/booking-record.ts';
import { queryTerms } from '../../../src/shared/domain/patient-terms.ts';
import { bookingRecord } from '../../fixtures/booking-record.ts';
import { storeDialects, storeForTests } from '../../support/store-dialects.ts';

const start = Date.UTC(2030, 0, 14, 9, 0);
const minute = 60_000;

function booking(id: string, overrides: Partial<BookingRecord> = {}): BookingRecord {
  const startMs = overrides.startAt ? Date.parse(overrides.startAt) : start;
  return bookingRecord({
    id,
    facilityId: 'f1',
    doctorId: 'd1',
    addressId: 'a1',
    startAt: new Date(startMs).toISOString(),
    endAt: new Date(startMs + 30 * minute).toISOString(),
    details: {
      patient: { name: 'Łucja', surname: "O'Neill", phone: '+48 600 100 200', email: null },
    },
    updatedAtMs: start - 60 * minute,
    updatedKey: 'k',
    ...overrides,
  });
}

for (const dialect of await storeDialects()) {
  describe.skipIf(!dialect.available)(`the bookings and their history on ${dialect.name}`, () => {
    const store = storeForTests(dialect);

    it('keeps bookings and finds them by time, by patient word prefix, by video and payment', async () => {
      const online = booking('b-online', {
        videocallUrl: 'https://video.example/1',
        startAt: new Date(start + 60 * minute).toISOString(),
      });
      const prepaid = booking('b-prepaid', {
        startAt: new Date(start + 120 * minute).toISOString(),
        details: {
          ...booking('x').details,
          patient: { name: 'Jan', surname: 'Kowalski', phone: null, email: null },
          visitPayment: true,
          bookedAt: '2030-01-13T10:00:00.000Z',
        },
      });
      const elsewhere = booking('b-other-facility', { facilityId: 'f2' });
      for (const record of [booking('b-plain'), online, prepaid, elsewhere]) {
        await store.bookings.put(record);
      }
      expect(await store.bookings.get('b-online')).toEqual(online);
      expect(await store.bookings.count()).toBe(4);
      expect(
        (await store.bookings.inRange('f1', start, start + 24 * 60 * minute)).map((b) => b.id),
      ).toEqual(['b-plain', 'b-online', 'b-prepaid']);
      // A visit that started before the range and is still going overlaps it.
      expect(
        (await store.bookings.inRange('f1', start + 10 * minute, start + 20 * minute)).map(
          (b) => b.id,
        ),
      ).toEqual(['b-plain']);
      const byName = async (query: string, doctorId: string | null = null) =>
        (await store.bookings.withPatientTerms('f1', queryTerms(query), doctorId, 10)).map(
          (b) => b.id,
        );
      expect(await byName('luc oneil')).toEqual(['b-online', 'b-plain']);
      expect(await byName('kowal')).toEqual(['b-prepaid']);
      expect(await byName('600 100')).toEqual(['b-online', 'b-plain']);
      expect(await byName('kowal', 'd2')).toEqual([]);
      expect(
        (await store.bookings.videoVisitsStarting('f1', start, start + 24 * 60 * minute)).map(
          (b) => b.id,
        ),
      ).toEqual(['b-online']);
      expect((await store.bookings.prepaidBookedSince(0)).map((b) => b.id)).toEqual(['b-prepaid']);
      expect(await store.bookings.videoVisitsPerAddress(0)).toEqual(new Map([['a1', 1]]));
      // Renamed: the old name no longer finds it.
      await store.bookings.put({
        ...prepaid,
        details: { ...prepaid.details, patient: { ...prepaid.details.patient, surname: 'Nowak' } },
      });
      expect(await byName('kowal')).toEqual([]);
      expect(await byName('nowak')).toEqual(['b-prepaid']);
    });

    it('keeps text holding a NUL: exactly in JSON columns, as U+FFFD in PostgreSQL TEXT', async () => {
      await store.bookings.put(
        booking('b-nul', {
          details: {
            ...booking('x').details,
            patient: { name: 'Ja\u0000n', surname: 'Nul', phone: null, email: null },
          },
        }),
      );
      expect((await store.bookings.get('b-nul'))?.details.patient.name).toBe('Ja\u0000n');
      await store.history.add({
        bookingId: 'b-nul',
        event: 'booking_canceled',
        occurredAt: '2030-01-14T08:00:00.000Z',
        summary: 'by Ja\u0000n',
      });
      const summary = (await store.history.of('b-nul'))[0]?.summary;
      expect(summary).toBe(dialect.name === 'postgres' ? 'by Ja\uFFFDn' : 'by Ja\u0000n');
    });

    it('writes a history line once, and no observed line for what the agenda did itself', async () => {
      const line = {
        bookingId: 'h1',
        event: 'booking_moved',
        occurredAt: '2030-01-14T08:00:00.000Z',
        summary: 'moved',
      };
      await store.history.add(line, 'reception');
      await store.history.add(line, 'reception');
      expect(
        await store.history.addObserved({ ...line, occurredAt: '2030-01-14T08:00:30.000Z' }),
      ).toBe(false);
      expect(await store.history.addObserved({ ...line, event: 'booking_canceled' })).toBe(true);
      expect((await store.history.of('h1')).map((entry) => entry.event)).toEqual([
        'booking_moved',
        'booking_canceled',
      ]);
    });
  });
}
