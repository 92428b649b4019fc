// Mapping and publishing hours, against the real sandbox.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startSandbox } from '../../../src/sandbox/start.ts';
import { createFacilityDirectory } from '../../../src/server/agenda/facility-directory.ts';
import { createHoursPublisher } from '../../../src/server/mapping/hours-publisher.ts';
import { createMappingReader } from '../../../src/server/mapping/mapping-reader.ts';
import { openStore } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { docplannerApiOn } from '../../support/sandbox-api.ts';

const now = new Date('2026-11-23T08:00:00+01:00');
let sandbox: RunningSandbox;
let api: DocplannerApi;
const logger = pino({ level: 'silent' });
const anna = { facilityId: '139878', doctorId: '100101' };

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 1, now: () => now });
  api = docplannerApiOn(sandbox);
});
afterAll(() => sandbox.close());

function build() {
  const store = openStore(':memory:');
  const directory = createFacilityDirectory({ api, facilityId: undefined, mapping: store.mapping });
  const mapping = createMappingReader({ api, store, directory });
  const publisher = createHoursPublisher({
    api,
    directory,
    mapping,
    timeZone: 'Europe/Warsaw',
    logger,
  });
  return { store, directory, mapping, publisher };
}

async function startsAt(addressId: string, from: string, to: string) {
  const slots = await api.getSlots({ ...anna, addressId }, from, to);
  return slots.map((slot) => slot.start);
}

describe('mapping', () => {
  it('shows each doctor’s regular and online address side by side, with their services', async () => {
    const { mapping } = build();
    const read = await mapping.read();
    const entry = read.doctors.find((d) => d.doctor.id === '100101');
    expect(entry?.regular?.id).toBe('200101');
    expect(entry?.online?.id).toBe('200201');
    expect(entry?.regular?.services.map((s) => s.name)).toEqual([
      'Regular Visit',
      'Recurring Visit',
      'USG',
    ]);
    expect(entry?.online?.services.find((s) => s.isOnlineConsultation)?.name).toBe(
      'online consultation',
    );
    expect(entry?.online?.services.every((s) => s.online)).toBe(true);
    expect(
      read.warnings.filter((w) => w.code === 'payments-enabled').map((w) => w.addressId),
    ).toContain('200201');
  });

  it('names calendars and services as the clinic does, everywhere', async () => {
    const { store, mapping, directory } = build();
    await store.mapping.setCalendarName('200201', 'Online room');
    await store.mapping.setServiceMapping('2002011', { ourName: 'Video visit', online: null });
    directory.invalidate();
    const read = await mapping.read();
    const online = read.doctors.find((d) => d.doctor.id === '100101')?.online;
    expect(online?.calendarName).toBe('Online room');
    expect(online?.name).toBe('Medical Clinic "Test" online');
    expect(online?.services.find((s) => s.addressServiceId === '2002011')?.ourServiceName).toBe(
      'Video visit',
    );
    const cached = await directory.get();
    expect(cached.addresses.find((a) => a.id === '200201')?.name).toBe('Online room');
    expect(cached.serviceNames.get('2002011')).toBe('Video visit');
  });
});

describe('publishing hours', () => {
  const day = { from: '2026-12-01T00:00:00+01:00', to: '2026-12-02T00:00:00+01:00' };

  it('opens online hours on the online address only, and closing removes exactly that range', async () => {
    const { publisher } = build();
    const regularBefore = await startsAt('200101', day.from, day.to);
    const opened = await publisher.publish({
      doctorId: '100101',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T21:00:00+01:00',
      action: 'open',
      hours: { kind: 'online' },
    });
    expect(opened).toMatchObject({
      failed: [],
      applied: [{ addressId: '200201', day: '2026-12-01' }],
    });
    const online = await startsAt(
      '200201',
      '2026-12-01T19:00:00+01:00',
      '2026-12-01T21:00:00+01:00',
    );
    expect(online[0]).toBe('2026-12-01T19:00:00+01:00');
    expect(online.length).toBeGreaterThanOrEqual(4);
    expect(await startsAt('200101', day.from, day.to)).toEqual(regularBefore);

    const closed = await publisher.publish({
      doctorId: '100101',
      start: '2026-12-01T19:00:00+01:00',
      end: '2026-12-01T20:00:00+01:00',
      action: 'close',
      hours: { kind: 'online' },
    });
    expect(closed.failed).toEqual([]);
    const left = await startsAt('200201', '2026-12-01T19:00:00+01:00', '2026-12-01T21:00:00+01:00');
    expect(left.every((start) => start >= '2026-12-01T20:00:00+01:00')).toBe(true);
    expect(left.length).toBeGreaterThan(0);
  });

  it('keeps the rest of the day when it opens a range', async () => {
    const { publisher } = build();
    const morning = await startsAt(
      '200201',
      '2026-12-02T08:00:00+01:00',
      '2026-12-02T12:00:00+01:00',
    );
    await publisher.publish({
      doctorId: '100101',
      start: '2026-12-02T19:00:00+01:00',
      end: '2026-12-02T20:00:00+01:00',
      action: 'open',
      hours: { kind: 'online' },
    });
    expect(
      await startsAt('200201', '2026-12-02T08:00:00+01:00', '2026-12-02T12:00:00+01:00'),
    ).toEqual(morning);
  });

  it('reports Docplanner’s refusal day by day instead of half-applying silently', async () => {
    const { publisher } = build();
    const result = await publisher.publish({
      doctorId: '100101',
      start: '2027-06-01T10:00:00+02:00',
      end: '2027-06-01T12:00:00+02:00',
      action: 'open',
      hours: { kind: 'online' },
    });
    expect(result.applied).toEqual([]);
    expect(result.failed[0]?.message).toMatch(/Docplanner refused it: .*End date/);
    expect(result.message).toMatch(/^Nothing was changed on Docplanner/);
  });
});
