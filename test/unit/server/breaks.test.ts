// Doctors' breaks (issue 15), through the BFF against the real sandbox: listed for a range,
// added, moved and deleted on Docplanner, every change announced to the live stream; who may
// change whose breaks; bad input named; Docplanner's refusals; a retry that adds once.
import { describe, expect, it } from 'vitest';
import { breakSchema, breaksSchema } from '../../../src/shared/api/breaks.ts';
import { sandboxPerTest } from '../../support/sandbox-api.ts';
import { buildTestApp, manualClock } from '../../support/server-app.ts';

/** Wednesday 25 November 2026, 10:00 in Warsaw. */
const wednesdayMorning = Date.parse('2026-11-25T10:00:00+01:00');
const thursday = { from: '2026-11-26T00:00:00+01:00', to: '2026-11-27T00:00:00+01:00' };
const anna = { doctorId: '100101', addressId: '200101' };
const piotr = { doctorId: '100102', addressId: '200102' };
const lunch = { start: '2026-11-26T12:00:00+01:00', end: '2026-11-26T12:30:00+01:00' };
const docplanner = sandboxPerTest(() => wednesdayMorning);
let keys = 0;

type Role = 'admin' | 'reception' | 'doctor';

function setup() {
  const test = buildTestApp({ api: docplanner.api, clock: manualClock(wednesdayMorning) });
  let announced = 0;
  test.hub.subscribe((topic) => {
    if (topic === 'breaks') announced += 1;
  });
  const write = (
    method: string,
    path: string,
    body: unknown,
    options: { role?: Role; key?: string } = {},
  ) =>
    test.request(
      path,
      {
        method,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': options.key ?? `break-key-${++keys}`,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      options.role ?? 'reception',
    );
  const list = async (role: Role = 'reception', query: Record<string, string> = thursday) =>
    test.request(`/api/breaks?${new URLSearchParams(query)}`, {}, role);
  const listed = async (role: Role = 'reception') =>
    breaksSchema.parse(await (await list(role)).json()).breaks;
  const add = (place = anna, range = lunch, options: { role?: Role; key?: string } = {}) =>
    write('POST', '/api/breaks', { ...place, ...range }, options);
  return { ...test, write, list, listed, add, announced: () => announced };
}

describe('doctors’ breaks', () => {
  it('adds a break, lists it, moves it and deletes it, each change announced live', async () => {
    const { add, listed, write, announced } = setup();
    const before = (await listed()).length;

    const added = await add();
    expect(added.status).toBe(201);
    const created = breakSchema.parse(await added.json());
    expect(created).toMatchObject({ ...anna });
    expect(Date.parse(created.start)).toBe(Date.parse(lunch.start));
    expect(Date.parse(created.end)).toBe(Date.parse(lunch.end));
    expect(announced()).toBe(1);
    expect((await listed()).map((pause) => pause.id)).toContain(created.id);
    expect(await listed()).toHaveLength(before + 1);

    const later = { start: '2026-11-26T13:00:00+01:00', end: '2026-11-26T13:45:00+01:00' };
    const moved = await write('PATCH', `/api/breaks/${anna.addressId}/${created.id}`, later);
    expect(moved.status).toBe(200);
    expect(Date.parse(breakSchema.parse(await moved.json()).end)).toBe(Date.parse(later.end));
    const shown = (await listed()).find((pause) => pause.id === created.id);
    expect(Date.parse(shown?.start ?? '')).toBe(Date.parse(later.start));
    expect(announced()).toBe(2);

    const deleted = await write('DELETE', `/api/breaks/${anna.addressId}/${created.id}`, undefined);
    expect(deleted.status).toBe(204);
    expect((await listed()).map((pause) => pause.id)).not.toContain(created.id);
    expect(announced()).toBe(3);
  });

  it('lets a doctor see and change only their own breaks', async () => {
    const { add, listed, write } = setup();
    const annas = breakSchema.parse(await (await add(anna)).json());
    const piotrs = breakSchema.parse(await (await add(piotr)).json());

    const seen = await listed('doctor');
    expect(seen.map((pause) => pause.id)).toContain(annas.id);
    expect(seen.every((pause) => pause.doctorId === anna.doctorId)).toBe(true);
    expect((await listed('reception')).map((pause) => pause.id)).toContain(piotrs.id);

    const other = { start: '2026-11-26T15:00:00+01:00', end: '2026-11-26T15:30:00+01:00' };
    const forbidden = [
      await add(piotr, other, { role: 'doctor' }),
      await write('PATCH', `/api/breaks/${piotr.addressId}/${piotrs.id}`, other, {
        role: 'doctor',
      }),
      await write('DELETE', `/api/breaks/${piotr.addressId}/${piotrs.id}`, undefined, {
        role: 'doctor',
      }),
    ];
    expect(forbidden.map((response) => response.status)).toEqual([403, 403, 403]);
    expect((await listed()).map((pause) => pause.id)).toContain(piotrs.id);
    expect((await add(anna, other, { role: 'doctor' })).status).toBe(201);
  });

  it('names what is wrong with a query or a body', async () => {
    const { list, add, write } = setup();
    const noRange = await list('reception', { from: thursday.from });
    expect(noRange.status).toBe(400);
    expect((await noRange.json()).error.message).toMatch(/from and to/);
    expect((await list('reception', { from: thursday.to, to: thursday.from })).status).toBe(400);

    const backwards = await add(anna, { start: lunch.end, end: lunch.start });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.message).toMatch(/end must be after the start/);
    expect((await add({ doctorId: anna.doctorId, addressId: piotr.addressId })).status).toBe(422);
    expect((await write('DELETE', '/api/breaks/999999/1', undefined)).status).toBe(404);

    const unkeyed = await write('POST', '/api/breaks', { ...anna, ...lunch }, { key: '' });
    expect(unkeyed.status).toBe(400);
  });

  it('says what Docplanner refused: the same break twice, a break that is gone', async () => {
    const { add, write } = setup();
    const created = breakSchema.parse(await (await add()).json());
    const twice = await add();
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.message).toMatch(/Docplanner refused/);

    expect(
      (await write('DELETE', `/api/breaks/${anna.addressId}/${created.id}`, undefined)).status,
    ).toBe(204);
    const gone = await write('DELETE', `/api/breaks/${anna.addressId}/${created.id}`, undefined);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toMatch(/Docplanner no longer has this break/);
  });

  it('adds once when the same change is sent again with its key', async () => {
    const { add, listed } = setup();
    const first = await add(anna, lunch, { key: 'same-break-key' });
    const again = await add(anna, lunch, { key: 'same-break-key' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const atLunch = (await listed()).filter(
      (pause) => Date.parse(pause.start) === Date.parse(lunch.start),
    );
    expect(atLunch).toHaveLength(1);
  });
});
