// `GET /api/day-sheet.csv`: a doctor's day as a CSV file, read from the agenda: who may take out
// whose day, clear 400s, the file's headers and BOM, quoting and formula injection, and the
// clinic's day on the nights the clocks change.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/server/store/users-table.ts';
import {
  notification,
  paymentChanged,
  slotBooked,
  visitBooking,
} from '../../fixtures/notifications.ts';
import { csvObjects, parseCsv } from '../../support/csv.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

const annasRegular = { id: '200101', name: 'Medical Clinic "Test"' };
const piotr = {
  doctor: { id: '100102', name: 'Piotr', surname: 'Nowak' },
  address: { id: '200102', name: 'Medical Clinic "Test"' },
};

function setup(now = '2026-11-25T08:00:00+01:00') {
  const built = buildTestApp({ clock: manualClock(Date.parse(now)) });
  async function deliver(...bodies: unknown[]) {
    for (const body of bodies) await built.store.inbox.append('push', JSON.stringify(body), 'now');
    await built.processor.processPending();
  }
  async function csv(query: string, role: Role | null = 'reception') {
    return built.request(`/api/day-sheet.csv${query}`, {}, role);
  }
  return { ...built, deliver, csv };
}

/** Anna's Wednesday: a paid video visit, an in-person visit marked arrived and confirmed, a cancelled one, and Piotr's. */
async function annasWednesday(deliver: (...bodies: unknown[]) => Promise<void>) {
  // Each booking as every notification about it carries it.
  const arrived = visitBooking({
    id: 'b-arrived',
    start_at: '2026-11-25T09:00:00+01:00',
    end_at: '2026-11-25T09:30:00+01:00',
    patient: { name: 'Jan', surname: 'Kowalski', phone: '+48600100200', email: null },
    comment: 'Bring the X-ray, please',
  });
  const video = {
    id: 'b-video',
    start_at: '2026-11-25T08:00:00+01:00',
    end_at: '2026-11-25T08:20:00+01:00',
    visit_payment: true,
    videocall_url: 'https://v.example/r/1',
    address_service: { id: '2002012', name: 'online consultation' },
    patient: { name: 'Zofia', surname: 'Wiśniewska', phone: null, email: null },
    comment: null,
  };
  const cancelled = visitBooking({
    id: 'b-cancelled',
    start_at: '2026-11-25T11:00:00+01:00',
    end_at: '2026-11-25T11:30:00+01:00',
    patient: { name: 'Adam', surname: 'Nowicki', phone: '+48500600700', email: null },
    comment: null,
  });
  await deliver(
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: arrived,
    }),
    notification('booking-confirmed', '2026-11-21T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: arrived,
    }),
    notification('presence-marked', '2026-11-25T09:02:00+01:00', {
      address: annasRegular,
      presence: 'present',
      visit_booking: arrived,
    }),
    // Booked later but earlier in the day: the file is in time order.
    slotBooked(video, '2026-11-22T09:00:00+01:00'),
    paymentChanged(video, 'new', 'paid', '2026-11-22T09:10:00+01:00'),
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: cancelled,
    }),
    notification('booking-canceled', '2026-11-23T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: { ...cancelled, status: 'canceled', canceled_by: 'user' },
    }),
    // Thursday's and Piotr's visits are not on Anna's Wednesday.
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      address: annasRegular,
      visit_booking: visitBooking({
        id: 'b-thursday',
        start_at: '2026-11-26T09:00:00+01:00',
        end_at: '2026-11-26T09:30:00+01:00',
      }),
    }),
    notification('slot-booked', '2026-11-20T09:00:00+01:00', {
      ...piotr,
      visit_booking: visitBooking({
        id: 'b-piotr',
        start_at: '2026-11-25T10:00:00+01:00',
        end_at: '2026-11-25T10:30:00+01:00',
      }),
    }),
  );
}

/** A push of a visit booked from `start` to `end` by a patient named as the visit's id. */
function visitOf(id: string, start: string, end: string) {
  return slotBooked({
    id,
    start_at: start,
    end_at: end,
    patient: { name: id, surname: '', phone: null, email: null },
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('the day sheet CSV', () => {
  it("is the doctor's visits of that day in time order, in plain words, as an attachment", async () => {
    const { deliver, csv } = setup();
    await annasWednesday(deliver);
    const response = await csv('?doctorId=100101&date=2026-11-25');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="day-sheet-anna-kowalska-2026-11-25.csv"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = csvObjects(text);
    expect(rows.map((row) => row.Start)).toEqual(['08:00', '09:00', '11:00']);
    expect(rows[0]).toEqual({
      Date: '2026-11-25',
      Start: '08:00',
      End: '08:20',
      Doctor: 'Anna Kowalska',
      Patient: 'Zofia Wiśniewska',
      Phone: '',
      Service: 'online consultation',
      'Visit type': 'Online (video)',
      Address: 'Medical Clinic "Test" online',
      Status: 'Booked',
      Payment: 'Paid online',
      Presence: '',
      Confirmation: 'Not confirmed',
      Comment: '',
    });
    expect(rows[1]).toMatchObject({
      Patient: 'Jan Kowalski',
      // A leading + would make Excel read a formula: the apostrophe keeps it text.
      Phone: "'+48600100200",
      Service: 'Regular Visit',
      'Visit type': 'In person',
      Payment: 'Not prepaid',
      Presence: 'Arrived',
      Confirmation: 'Confirmed',
      Comment: 'Bring the X-ray, please',
    });
    expect(rows[2]).toMatchObject({
      Patient: 'Adam Nowicki',
      Status: 'Cancelled',
      Confirmation: '',
    });
    // No video link in the file, not even for the doctor.
    expect(text).not.toContain('v.example');
  });

  it('quotes what needs quoting and turns formulas into text', async () => {
    const { deliver, csv } = setup();
    await deliver(
      slotBooked({
        id: 'b-hostile',
        start_at: '2026-11-25T12:00:00+01:00',
        end_at: '2026-11-25T12:30:00+01:00',
        patient: {
          name: '=HYPERLINK("http://evil.example","Click")',
          surname: '',
          phone: '@SUM(1+1)',
          email: null,
        },
        comment: 'Line one, with a comma\r\nLine "two"\n-then a dash',
      }),
    );
    const response = await csv('?doctorId=100101&date=2026-11-25');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [record] = csvObjects(text);
    expect(record?.Patient).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(record?.Phone).toBe("'@SUM(1+1)");
    expect(record?.Comment).toBe('Line one, with a comma\r\nLine "two"\n-then a dash');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    for (const cell of parseCsv(text).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has a header and no records on a day without visits', async () => {
    const { csv } = setup();
    const response = await csv('?doctorId=100102&date=2026-11-25');
    expect(response.status).toBe(200);
    const records = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(1);
    expect(records[0]?.[0]).toBe('Date');
    expect(response.headers.get('content-disposition')).toContain(
      'day-sheet-piotr-nowak-2026-11-25.csv',
    );
  });

  it('counts the clinic day from midnight to midnight when the clocks go back (25 hours)', async () => {
    const { deliver, csv } = setup('2026-10-25T08:00:00+01:00');
    // Sunday 25 October 2026: Warsaw goes from +02:00 to +01:00 at 03:00.
    await deliver(
      visitOf('saturday-late', '2026-10-24T23:30:00+02:00', '2026-10-24T23:50:00+02:00'),
      visitOf('sunday-first', '2026-10-25T00:10:00+02:00', '2026-10-25T00:30:00+02:00'),
      // 23:30 on Sunday is 22:30 UTC: past a naive "midnight + 24 h" (22:00 UTC), still Sunday.
      visitOf('sunday-last', '2026-10-25T23:30:00+01:00', '2026-10-25T23:50:00+01:00'),
      visitOf('monday-first', '2026-10-26T00:10:00+01:00', '2026-10-26T00:30:00+01:00'),
    );
    const response = await csv('?doctorId=100101&date=2026-10-25');
    const rows = csvObjects((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows.map((row) => [row.Patient, row.Start])).toEqual([
      ['sunday-first', '00:10'],
      ['sunday-last', '23:30'],
    ]);
  });

  it('counts the clinic day from midnight to midnight when the clocks go forward (23 hours)', async () => {
    const { deliver, csv } = setup('2026-03-29T08:00:00+02:00');
    // Sunday 29 March 2026: Warsaw goes from +01:00 to +02:00 at 02:00.
    await deliver(
      visitOf('sunday-early', '2026-03-29T01:30:00+01:00', '2026-03-29T01:50:00+01:00'),
      visitOf('sunday-after-change', '2026-03-29T03:00:00+02:00', '2026-03-29T03:20:00+02:00'),
      // 00:15 on Monday is 22:15 UTC on Sunday: inside a naive "midnight + 24 h", but Monday.
      visitOf('monday-first', '2026-03-30T00:15:00+02:00', '2026-03-30T00:35:00+02:00'),
    );
    const response = await csv('?doctorId=100101&date=2026-03-29');
    const rows = csvObjects((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows.map((row) => [row.Patient, row.Start])).toEqual([
      ['sunday-early', '01:30'],
      ['sunday-after-change', '03:00'],
    ]);
  });
});

describe('who may take out whose day sheet', () => {
  it.each([
    ['doctor', '100101', 200],
    ['doctor', '100102', 403],
    ['reception', '100101', 200],
    ['reception', '100102', 200],
    ['admin', '100102', 200],
  ] as const)('%s asking for doctor %s → %i', async (role, doctorId, status) => {
    const { deliver, csv } = setup();
    await annasWednesday(deliver);
    const response = await csv(`?doctorId=${doctorId}&date=2026-11-25`, role);
    expect(response.status).toBe(status);
    if (status === 403) {
      expect(await errorOf(response)).toEqual({
        code: 'forbidden',
        message: 'A doctor can take out only their own day sheet.',
      });
    } else {
      const names = csvObjects((await response.text()).replace(/^\uFEFF/, '')).map(
        (row) => row.Patient,
      );
      expect(names).toEqual(
        doctorId === '100101'
          ? ['Zofia Wiśniewska', 'Jan Kowalski', 'Adam Nowicki']
          : ['Jan Kowalski'],
      );
    }
  });

  it('asks a signed-out visitor to sign in', async () => {
    const { csv } = setup();
    expect((await csv('?doctorId=100101&date=2026-11-25', null)).status).toBe(401);
  });

  it("gives a doctor no hint whether another doctor's id exists", async () => {
    const { csv } = setup();
    expect((await csv('?doctorId=999999&date=2026-11-25', 'doctor')).status).toBe(403);
  });
});

describe('a day sheet asked for wrongly', () => {
  it.each([
    ['', /add `doctorId`.*add `date`/],
    ['?date=2026-11-25', /Say whose day it is: add `doctorId`/],
    ['?doctorId=100101', /Say which day: add `date` written YYYY-MM-DD/],
    ['?doctorId=100101&date=25.11.2026', /The day must be written YYYY-MM-DD, e\.g\. 2026-11-25\./],
    ['?doctorId=100101&date=2026-11-25T00:00', /The day must be written YYYY-MM-DD/],
    ['?doctorId=100101&date=2026-02-30', /There is no such day in the calendar/],
    ['?doctorId=100101&date=2026-13-01', /There is no such day in the calendar/],
    ['?doctorId=100101&date=1970-01-01', /between the years 2000 and 2099/],
    ['?doctorId=a%22b&date=2026-11-25', /That is not a doctor id/],
    ['?doctorId=999999&date=2026-11-25', /there is no doctor with id 999999 in this clinic/],
  ])('%s → 400 saying so', async (query, message) => {
    const { csv } = setup();
    const response = await csv(query);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.message).toMatch(/^Cannot make that day sheet: /);
    expect(error.message).toMatch(message);
  });

  it('says one thing per problem, not the same twice', async () => {
    const { csv } = setup();
    const error = await errorOf(await csv('?doctorId=100101&date=tomorrow'));
    expect(error.message).toBe(
      'Cannot make that day sheet: The day must be written YYYY-MM-DD, e.g. 2026-11-25.',
    );
  });
});
