// A notification whose booking has `patient: null` (a variant the seed allows) is applied, and
// the booking is read from Docplanner with its patient at once; a failed read is tried again.
import { HTTPError } from 'ky';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBookingRefresher } from '../../../src/server/agenda/booking-refresher.ts';
import { createPatientReader } from '../../../src/server/ingest/patient-reader.ts';
import { createProcessor } from '../../../src/server/ingest/processor.ts';
import { openStore } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import type { Booking } from '../../../src/shared/docplanner/booking.ts';
import { bookingCanceled, slotBooked } from '../../fixtures/notifications.ts';

const logger = pino({ level: 'silent' });

/** Docplanner's answer to GET booking: the patient is there. */
function bookingWithPatient(id: string): Booking {
  return {
    id,
    status: 'booked',
    start_at: '2026-11-23T10:00:00+01:00',
    end_at: '2026-11-23T10:30:00+01:00',
    booked_at: '2026-11-20T09:00:00+01:00',
    patient: { name: 'Ewa', surname: 'Nowicka', phone: '+48600600600', email: null },
  } as Booking;
}

function notFound(): HTTPError {
  const request = new Request('https://docplanner.test/booking');
  return new HTTPError(new Response('{}', { status: 404 }), request, {} as never);
}

function setup(answers: (() => Booking)[]) {
  const store = openStore(':memory:');
  const asked: string[] = [];
  const api = {
    async getBooking(_place: unknown, id: string) {
      asked.push(id);
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return answer();
    },
  } as unknown as DocplannerApi;
  const refresher = createBookingRefresher({ api, store, logger, onChanged: () => {} });
  const reads: Promise<void>[] = [];
  const reader = createPatientReader({ refresher, logger, retryDelaysMs: [0, 0] });
  const missing: string[] = [];
  const processor = createProcessor({
    store,
    logger,
    onChanged: () => {},
    onPatientMissing: (id) => {
      missing.push(id);
      reads.push(reader.read(id));
    },
  });
  async function ingest(payload: unknown) {
    await store.inbox.append('pull', JSON.stringify(payload), 'now');
    await processor.processPending();
  }
  return { store, asked, missing, reads, ingest };
}

async function settle(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50 && !(await condition()); i++) {
    await new Promise((wake) => setTimeout(wake, 5));
  }
}

describe('a booking notified with patient: null', () => {
  it('is applied, not dead-lettered, and read at once with its patient', async () => {
    const { store, asked, missing, reads, ingest } = setup([() => bookingWithPatient('b1')]);
    await ingest(slotBooked({ id: 'b1', patient: null }));
    expect(await store.inbox.pending(10)).toEqual([]);
    expect((await store.bookings.get('b1'))?.status).toBe('booked');
    expect(missing).toEqual(['b1']);
    await Promise.all(reads);
    expect(asked).toEqual(['b1']);
    expect((await store.bookings.get('b1'))?.details.patient).toMatchObject({
      name: 'Ewa',
      surname: 'Nowicka',
    });
  });

  it('tries again when Docplanner does not answer the first read', async () => {
    const { store, asked, ingest } = setup([
      () => {
        throw new TypeError('fetch failed');
      },
      () => bookingWithPatient('b2'),
    ]);
    await ingest(slotBooked({ id: 'b2', patient: null }));
    await settle(async () => (await store.bookings.get('b2'))?.details.patient.name === 'Ewa');
    expect(asked).toEqual(['b2', 'b2']);
    expect((await store.bookings.get('b2'))?.details.patient.surname).toBe('Nowicka');
  });

  it('stops asking when Docplanner says the booking is gone', async () => {
    const { asked, reads, ingest } = setup([
      () => {
        throw notFound();
      },
    ]);
    await ingest(slotBooked({ id: 'b3', patient: null }));
    await Promise.all(reads);
    await new Promise((wake) => setTimeout(wake, 20));
    expect(asked).toEqual(['b3']);
  });

  it('keeps the patient it already knows, and asks nothing', async () => {
    const { store, missing, ingest } = setup([]);
    await ingest(slotBooked({ id: 'b4' }));
    await ingest(bookingCanceled({ id: 'b4', patient: null }));
    expect((await store.bookings.get('b4'))?.status).toBe('canceled');
    expect((await store.bookings.get('b4'))?.details.patient.surname).toBe('Kowalski');
    expect(missing).toEqual([]);
  });
});
