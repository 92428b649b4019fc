// Bad input to the new endpoints and the control API: the spec's 400/404 bodies (or a clear
// control-API 400), never a 500.
import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../../src/shared/docplanner/common.ts';
import { regularAddressPath, testSandbox } from './sandbox-client.ts';

type Case = [method: string, path: string, body: string | undefined, status: number];

const booking = `${regularAddressPath}/bookings`;
const api: Case[] = [
  ['PUT', `${booking}/999999999/confirm`, '{"confirmed_by":"user"}', 404],
  ['PUT', `${booking}/999999999/confirm`, '{', 404],
  ['POST', `${booking}/999999999/presence/patient`, undefined, 404],
  ['DELETE', `${booking}/999999999/presence/patient`, undefined, 404],
  ['POST', `${regularAddressPath}/services`, '{}', 400],
  ['POST', `${regularAddressPath}/services`, '{"service_id":"1003","price":"ten"}', 400],
  ['POST', `${regularAddressPath}/services`, '{"service_id":"424242"}', 400],
  ['POST', `${regularAddressPath}/services`, '[1,2]', 400],
  ['PATCH', `${regularAddressPath}/services/0`, '{"price":1}', 404],
  ['PATCH', `${regularAddressPath}/services/2001011`, '{"is_visible":"yes"}', 400],
  ['DELETE', `${regularAddressPath}/services/0`, undefined, 404],
  ['GET', `${regularAddressPath}/breaks`, undefined, 400],
  ['GET', `${regularAddressPath}/breaks?since=tomorrow&till=later`, undefined, 400],
  ['POST', `${regularAddressPath}/breaks`, '{"since":"2026-11-26T12:00:00+01:00"}', 400],
  [
    'POST',
    `${regularAddressPath}/breaks`,
    '{"since":"2026-11-26T12:00:00+01:00","till":"2026-11-26T11:00:00+01:00"}',
    422,
  ],
  ['PATCH', `${regularAddressPath}/breaks/1`, '{"since":1,"till":2}', 404],
  ['DELETE', `${regularAddressPath}/breaks/1`, undefined, 404],
  ['GET', '/api/v3/integration/facilities/1/doctors/2/addresses/3/services', undefined, 404],
];

const controlCases: Case[] = [
  ['PUT', '/_sandbox/notifications/delivery', 'nonsense', 400],
  ['PUT', '/_sandbox/notifications/delivery', '{"mode":"push","url":42}', 400],
  ['POST', '/_sandbox/notifications/burst', '{"count":"many"}', 400],
  ['POST', '/_sandbox/notifications/burst', '{"count":0}', 400],
  ['POST', '/_sandbox/marketplace/book', '{"addressId":"nope"}', 404],
  ['POST', '/_sandbox/marketplace/book', '{"online":"yes"}', 400],
  ['POST', '/_sandbox/marketplace/book', '{"start":"2026-11-26T03:00:00+01:00"}', 404],
  ['POST', '/_sandbox/bookings/nope/cancel', '{}', 404],
  ['POST', '/_sandbox/bookings/nope/move', '{}', 404],
  ['POST', '/_sandbox/bookings/nope/payment', '{"status":"paid"}', 404],
  ['POST', '/_sandbox/bookings/nope/payment', '{"status":"successful"}', 400],
  ['POST', '/_sandbox/bookings/nope/cancel', '{"by":"robot"}', 400],
  ['POST', '/_sandbox/marketplace', '{"enabled":"sure"}', 400],
  ['POST', '/_sandbox/marketplace/step', '{"action":"dance"}', 400],
  ['POST', '/_sandbox/faults', '{"errorRate":2}', 400],
  ['POST', '/_sandbox/faults', '{"unknownFault":true}', 400],
  ['PUT', '/_sandbox/rate-limits', '{}', 400],
  ['POST', '/_sandbox/clock', '{"speed":-1}', 400],
];

describe('bad input', () => {
  it.each(api)('%s %s %s → %i with the error body', async (method, path, body, status) => {
    const sandbox = await testSandbox();
    const response = await sandbox.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined && { body }),
    });
    expect(response.status, await response.clone().text()).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('application/vnd.error+docplanner+json');
    errorBodySchema.parse(await response.json());
  });

  it.each(controlCases)('control %s %s %s → %i', async (method, path, body, status) => {
    const sandbox = await testSandbox();
    const response = await sandbox.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body !== undefined && { body }),
    });
    expect(response.status, await response.clone().text()).toBe(status);
    const error = errorBodySchema.parse(await response.json());
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('a payment change on a visit not paid through Docplanner is refused with 422', async () => {
    const sandbox = await testSandbox();
    const booked = await sandbox.app.request('/_sandbox/marketplace/book', {
      method: 'POST',
      body: JSON.stringify({ prepaid: false, online: false, addressId: '200101' }),
    });
    const { bookingId } = (await booked.json()) as { bookingId: string };
    const response = await sandbox.app.request(`/_sandbox/bookings/${bookingId}/payment`, {
      method: 'POST',
      body: JSON.stringify({ status: 'paid' }),
    });
    expect(response.status).toBe(422);
  });
});
