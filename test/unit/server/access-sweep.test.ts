// Every /api route, with every role and with no session: who gets what.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/server/store/users-table.ts';
import { notification, slotBooked, visitBooking } from '../../fixtures/notifications.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

const week = '?from=2026-11-23T00:00:00%2B01:00&to=2026-11-30T00:00:00%2B01:00';

async function setup() {
  const built = buildTestApp({
    clock: manualClock(Date.parse('2026-11-23T09:55:00+01:00')),
    api: {
      getBooking: async (_: unknown, id: string) => ({
        id,
        status: 'booked',
        start_at: '2026-11-23T10:00:00+01:00',
        end_at: '2026-11-23T10:30:00+01:00',
      }),
    } as never,
  });
  // Anna's online video visit (b1), and Piotr's visit (b2).
  const annas = slotBooked({
    id: 'b1',
    videocall_url: 'https://v.example/r/1',
    start_at: '2026-11-23T10:00:00+01:00',
    end_at: '2026-11-23T10:30:00+01:00',
  });
  const piotrs = notification('slot-booked', '2026-11-20T09:00:00+01:00', {
    doctor: { id: '100102', name: 'Piotr', surname: 'Nowak' },
    address: { id: '200102', name: 'Medical Clinic "Test"' },
    visit_booking: visitBooking({ id: 'b2', videocall_url: 'https://v.example/r/2' }),
  });
  for (const body of [annas, piotrs]) {
    await built.store.inbox.append('push', JSON.stringify(body), 'now');
  }
  await built.processor.processPending();
  return built;
}

type Expect = Record<'none' | Role, number>;
const staff: Expect = { none: 401, doctor: 200, reception: 200, admin: 200 };
const doctorsOnly: Expect = { none: 401, doctor: 200, reception: 403, admin: 403 };

const routes: [string, string, Expect][] = [
  ['GET', '/api/health', { none: 200, doctor: 200, reception: 200, admin: 200 }],
  ['GET', '/api/auth/session', staff],
  ['GET', `/api/agenda${week}`, staff],
  ['GET', '/api/settings', staff],
  ['GET', '/api/live', staff],
  ['GET', '/api/reminders', doctorsOnly],
  ['POST', '/api/reminders/b1:10/dismiss', doctorsOnly],
  ['POST', '/api/reminders/b1:10/snooze', doctorsOnly],
  ['GET', '/api/visits/b1/history', staff],
  // Another doctor's visit answers a doctor as an unknown one does (no existence oracle).
  ['GET', '/api/visits/b2/history', { none: 401, doctor: 404, reception: 200, admin: 200 }],
  ['POST', '/api/visits/b1/refresh', staff],
  ['POST', '/api/visits/b2/refresh', { none: 401, doctor: 404, reception: 200, admin: 200 }],
  ['POST', '/api/reminders/b2:10/dismiss', { none: 401, doctor: 404, reception: 403, admin: 403 }],
  ['GET', '/api/mapping', { none: 401, doctor: 403, reception: 403, admin: 200 }],
  ['PUT', '/api/mapping/calendars/200201', { none: 401, doctor: 403, reception: 403, admin: 204 }],
  ['PUT', '/api/mapping/services/2002011', { none: 401, doctor: 403, reception: 403, admin: 204 }],
  ['GET', `/api/slots${week}`, staff],
  ['GET', '/api/patients?q=kowal', staff],
  [
    'GET',
    '/api/online-hours/services?doctorId=100101',
    { none: 401, doctor: 404, reception: 403, admin: 404 },
  ],
  [
    'GET',
    '/api/online-hours/services?doctorId=100102',
    { none: 401, doctor: 403, reception: 403, admin: 404 },
  ],
  ['POST', '/api/online-hours', { none: 401, doctor: 200, reception: 403, admin: 200 }],
  [
    'POST',
    '/api/online-hours#other-doctor',
    { none: 401, doctor: 403, reception: 403, admin: 200 },
  ],
];

/** Bodies for the routes that need one. */
function bodyFor(path: string): string | undefined {
  if (path.startsWith('/api/mapping/calendars'))
    return JSON.stringify({ calendarName: 'Online room' });
  if (path.startsWith('/api/mapping/services'))
    return JSON.stringify({ ourServiceName: 'Video visit' });
  if (path.startsWith('/api/online-hours') && !path.includes('/services')) {
    return JSON.stringify({
      doctorId: path.endsWith('#other-doctor') ? '100102' : '100101',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T21:00:00+01:00',
      action: 'open',
      hours: { kind: 'online' },
    });
  }
  return undefined;
}

describe('access to every route, by role', () => {
  for (const [method, path, expected] of routes) {
    for (const who of ['none', 'doctor', 'reception', 'admin'] as const) {
      it(`${method} ${path} as ${who} → ${expected[who]}`, async () => {
        const { request } = await setup();
        const body = bodyFor(path);
        const response = await request(
          path.replace(/#.*$/, ''),
          { method, ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}) },
          who === 'none' ? null : who,
        );
        expect(response.status).toBe(expected[who]);
        await response.body?.cancel();
      });
    }
  }
});

describe('what each role sees', () => {
  it('a doctor sees only their own visits, with the video link', async () => {
    const { request } = await setup();
    const agenda = (await (await request(`/api/agenda${week}`, {}, 'doctor')).json()) as {
      visits: { id: string; video: unknown }[];
      doctors: { id: string }[];
    };
    expect(agenda.visits.map((visit) => visit.id)).toEqual(['b1']);
    expect(agenda.visits[0]?.video).toEqual({ kind: 'link', href: 'https://v.example/r/1' });
    expect(agenda.doctors.map((doctor) => doctor.id)).toEqual(['100101']);
  });

  it('reception sees every doctor but no way into a video call', async () => {
    const { request } = await setup();
    const response = await request(`/api/agenda${week}`, {}, 'reception');
    const text = await response.text();
    const agenda = JSON.parse(text) as {
      visits: { id: string; video: unknown; online: boolean }[];
    };
    expect(agenda.visits.map((visit) => visit.id).sort()).toEqual(['b1', 'b2']);
    expect(agenda.visits.every((visit) => visit.video === null)).toBe(true);
    expect(agenda.visits.find((visit) => visit.id === 'b1')?.online).toBe(true);
    expect(text).not.toContain('v.example');
  });
});
