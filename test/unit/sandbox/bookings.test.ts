// Contract tests of getBookings and getBooking.
import { describe, expect, it } from 'vitest';
import { bookingSchema, bookingsSchema } from '../../../src/shared/docplanner/booking.ts';
import {
  currentWeek,
  encoded,
  errorBody,
  onlineAddressPath,
  regularAddressPath,
  successBody,
  testSandbox,
} from './sandbox-client.ts';

// One in-memory sandbox for the whole file: these tests only read it.
const sandbox = await testSandbox();

const weekQuery = `start=${currentWeek.start}&end=${currentWeek.end}`;

async function weekOf(addressPath: string, extra = '') {
  const response = await sandbox.get(`${addressPath}/bookings?${weekQuery}${extra}`);
  return bookingsSchema.parse(await successBody(response));
}

describe('getBookings', () => {
  it("lists the week's visits with Warsaw offsets, and no extension fields unless asked", async () => {
    const week = await weekOf(onlineAddressPath);
    expect(week._items.length).toBeGreaterThan(0);
    for (const booking of week._items) {
      expect(booking.start_at).toMatch(/^2026-11-2\dT\d\d:\d\d:00\+01:00$/);
      expect(booking).not.toHaveProperty('patient');
      expect(booking).not.toHaveProperty('address_service');
      expect(booking).not.toHaveProperty('presence');
    }
    expect(week).not.toHaveProperty('page');
  });

  it('adds patient, address service and presence with booking.* extensions', async () => {
    const week = await weekOf(
      onlineAddressPath,
      '&with=booking.patient%2Cbooking.address_service%2Cbooking.presence',
    );
    const first = week._items[0]!;
    expect(first.patient).toMatchObject({ name: expect.any(String), surname: expect.any(String) });
    expect(first.patient?.birth_date).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(first.address_service?.name).toMatch(/Regular Visit|online consultation/);
    expect(first).toHaveProperty('presence');
  });

  it('keeps only visits that overlap the range', async () => {
    const monday = await sandbox.get(
      `${regularAddressPath}/bookings?start=${encoded('2026-11-23T00:00:00+01:00')}&end=${encoded('2026-11-23T23:59:59+01:00')}`,
    );
    const items = bookingsSchema.parse(await successBody(monday))._items;
    for (const booking of items) expect(booking.start_at.slice(0, 10)).toBe('2026-11-23');
    const week = await weekOf(regularAddressPath);
    expect(items.length).toBeLessThan(week._items.length);
  });

  it('pages when page is sent: page, limit, pages, total, and the pages add up to the list', async () => {
    const all = (await weekOf(regularAddressPath))._items;
    expect(all.length).toBeGreaterThan(2);
    const limit = 2;
    const pages = Math.ceil(all.length / limit);
    const collected: string[] = [];
    for (let page = 1; page <= pages; page += 1) {
      const body = await weekOf(regularAddressPath, `&page=${page}&limit=${limit}`);
      expect(body).toMatchObject({ page, limit, pages, total: all.length });
      // The pagination links of spec 1.14.0: self, first, last, and next / previous where any.
      const links = (body as { _links?: Record<string, { href: string }> })._links ?? {};
      const pageOf = (rel: string) =>
        links[rel] ? new URL(links[rel].href, 'http://x').searchParams.get('page') : null;
      expect(pageOf('self')).toBe(String(page));
      expect(pageOf('first')).toBe('1');
      expect(pageOf('last')).toBe(String(pages));
      expect(pageOf('next')).toBe(page < pages ? String(page + 1) : null);
      expect(pageOf('previous')).toBe(page > 1 ? String(page - 1) : null);
      expect(links.self?.href).toMatch(/\/bookings\?.*start=.*&limit=2/);
      collected.push(...body._items.map((booking) => booking.id));
    }
    expect(collected).toEqual(all.map((booking) => booking.id));
    const beyond = await weekOf(regularAddressPath, `&page=${pages + 1}&limit=${limit}`);
    expect(beyond._items).toEqual([]);
    expect((await weekOf(regularAddressPath, '&page=1')).limit).toBe(100);
  });

  it.each([
    ['start is missing', `end=${currentWeek.end}`, 'Param "start" is required!'],
    ['end is missing', `start=${currentWeek.start}`, 'Param "end" is required!'],
    [
      'the + was not encoded',
      `start=2026-11-23T00:00:00+01:00&end=${currentWeek.end}`,
      'Invalid date given.',
    ],
    [
      'a date has no offset',
      `start=2026-11-23T00:00:00&end=${currentWeek.end}`,
      'Invalid date given.',
    ],
    [
      'start is after end',
      `start=${currentWeek.end}&end=${currentWeek.start}`,
      'Invalid date range',
    ],
    ['page is not a number', `${weekQuery}&page=two`, 'Invalid arguments'],
    ['limit is zero', `${weekQuery}&page=1&limit=0`, 'Invalid arguments'],
  ])('answers 400 when %s', async (_, query, message) => {
    const body = await errorBody(await sandbox.get(`${onlineAddressPath}/bookings?${query}`), 400);
    expect(body.message).toBe(message);
  });

  it('rejects getBooking-only extensions on the list', async () => {
    await errorBody(
      await sandbox.get(`${onlineAddressPath}/bookings?${weekQuery}&with=booking.moving`),
      400,
    );
  });
});

describe('getBooking', () => {
  it('returns an online visit with its video room, patient and payment state', async () => {
    const [listed] = (await weekOf(onlineAddressPath))._items;
    const response = await sandbox.get(`${onlineAddressPath}/bookings/${listed!.id}`);
    const booking = bookingSchema.parse(await successBody(response));
    expect(booking.id).toBe(listed!.id);
    expect(booking.videocall_url).toMatch(
      /^https:\/\/video\.sandbox\.docplanner\.local\/room\/[0-9a-f-]{36}$/,
    );
    expect(booking.patient?.nin).toMatch(/^\d{11}$/);
    expect(booking.visit_payment).toBe(true);
    expect(booking.visit_payment_status).toEqual(expect.any(String));
    expect(booking).not.toHaveProperty('moving');
  });

  it('has no video room for an in-person visit, and adds moving with booking.moving', async () => {
    const [listed] = (await weekOf(regularAddressPath))._items;
    const response = await sandbox.get(
      `${regularAddressPath}/bookings/${listed!.id}?with=booking.moving`,
    );
    const booking = bookingSchema.parse(await successBody(response));
    expect(booking.videocall_url).toBeNull();
    expect(booking.moving).toEqual({
      origin_booking_id: listed!.id,
      newest_booking_id: listed!.id,
    });
  });

  it('answers 404 for an unknown booking and 403 for a booking of another address', async () => {
    expect(
      (await errorBody(await sandbox.get(`${onlineAddressPath}/bookings/42`), 404)).message,
    ).toBe('Object not found');
    const [inPerson] = (await weekOf(regularAddressPath))._items;
    const body = await errorBody(
      await sandbox.get(`${onlineAddressPath}/bookings/${inPerson!.id}`),
      403,
    );
    expect(body.message).toBe('This booking does not belong to this address');
  });
});
