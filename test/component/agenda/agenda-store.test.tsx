// The agenda store: one request per range, the newest range wins, errors become sentences.
import { describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import { ApiRequestError } from '../../../src/web/lib/api-client.ts';
import { buildAgenda, buildVisit, demoDoctor } from '../../fixtures/agenda.ts';

const thisWeek = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };
const nextWeek = { from: '2026-11-30T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('agenda store', () => {
  it('loads a range once, and indexes its visits by id', async () => {
    const visit = buildVisit({ id: 'v-1' });
    const load = vi.fn(async () => buildAgenda({ visits: [visit] }));
    const store = createAgendaStore(load);

    await store.getState().showRange(thisWeek);
    await store.getState().showRange({ ...thisWeek, from: '2026-11-22T23:00:00Z' }); // same instant

    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().visitsById.get('v-1')).toEqual(visit);
  });

  it('keeps the newest range when an older answer arrives late', async () => {
    const slow = deferred<Agenda>();
    const load = vi.fn((range: { from: string }) =>
      range.from === thisWeek.from
        ? slow.promise
        : Promise.resolve(buildAgenda({ visits: [buildVisit({ id: 'next-week' })] })),
    );
    const store = createAgendaStore(load);

    const first = store.getState().showRange(thisWeek);
    await store.getState().showRange(nextWeek);
    slow.resolve(buildAgenda({ visits: [buildVisit({ id: 'this-week' })] }));
    await first;

    expect(store.getState().range).toEqual(nextWeek);
    expect([...store.getState().visitsById.keys()]).toEqual(['next-week']);
  });

  it('waits for the load on its way when it holds the range asked for, instead of a second', async () => {
    // The first, wider week is loading when the calendar (laid out early) asks for its own week.
    const wide = { from: '2026-11-22T10:00:00Z', to: '2026-11-30T14:00:00Z' };
    const slow = deferred<Agenda>();
    const load = vi.fn(() => slow.promise);
    const store = createAgendaStore(load);

    const first = store.getState().showRange(wide);
    const calendar = store.getState().showRange(thisWeek);
    expect(store.getState().status).toBe('loading');
    slow.resolve(buildAgenda({ visits: [buildVisit({ id: 'v-1' })] }));
    await Promise.all([first, calendar]);

    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ status: 'ready', range: thisWeek, loadedRange: wide });
    expect(store.getState().visitsById.has('v-1')).toBe(true);
    // A range outside it is a load of its own.
    await store.getState().showRange(nextWeek);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the visits a reload finds unchanged, so only what differs is drawn again', async () => {
    const answer = () =>
      buildAgenda({
        visits: [buildVisit({ id: 'a' }), buildVisit({ id: 'b', status: 'booked' })],
      });
    const load = vi
      .fn<(range: typeof thisWeek) => Promise<Agenda>>()
      .mockImplementationOnce(async () => answer())
      .mockImplementationOnce(async () => answer())
      .mockImplementationOnce(async () => {
        const changed = answer();
        changed.visits[1] = { ...changed.visits[1]!, status: 'canceled' };
        return changed;
      });
    const store = createAgendaStore(load);

    await store.getState().showRange(thisWeek);
    const first = store.getState().agenda!.visits;
    // The same week again (Retry, or the live stream starting over): the very same list.
    await store.getState().reload();
    expect(store.getState().agenda!.visits).toBe(first);
    // One visit changed: a new list, the unchanged visit the same object, the changed one new.
    await store.getState().reload();
    const third = store.getState().agenda!.visits;
    expect(third).not.toBe(first);
    expect(third[0]).toBe(first[0]);
    expect(third[1]).not.toBe(first[1]);
    expect(store.getState().visitsById.get('b')?.status).toBe('canceled');
  });

  it('keeps the last agenda when a load fails, and reload tries the same range again', async () => {
    const load = vi
      .fn<(range: typeof thisWeek) => Promise<Agenda>>()
      .mockResolvedValueOnce(buildAgenda())
      .mockRejectedValueOnce(
        new ApiRequestError('the server did not answer', { kind: 'unreachable' }),
      )
      .mockResolvedValueOnce(buildAgenda());
    const store = createAgendaStore(load);

    await store.getState().showRange(thisWeek);
    await store.getState().showRange(nextWeek);
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.message).toBe('the server did not answer');
    expect(store.getState().agenda).not.toBeNull();

    await store.getState().reload();
    expect(load).toHaveBeenLastCalledWith(nextWeek, expect.any(AbortSignal));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().error).toBeNull();
  });

  it('forgets a remembered doctor the facility does not have', async () => {
    const store = createAgendaStore(async () => buildAgenda(), { initialDoctorId: 'gone' });
    await store.getState().showRange(thisWeek);
    expect(store.getState().doctorId).toBeNull();

    const remembered = createAgendaStore(async () => buildAgenda(), {
      initialDoctorId: demoDoctor.id,
    });
    await remembered.getState().showRange(thisWeek);
    expect(remembered.getState().doctorId).toBe(demoDoctor.id);
  });

  it('shows a range held by the agenda already without asking again', async () => {
    const load = vi.fn(async () => buildAgenda());
    const store = createAgendaStore(load);
    const wide = { from: '2026-11-22T10:00:00Z', to: '2026-11-30T14:00:00Z' };

    await store.getState().showRange(wide);
    await store.getState().showRange(thisWeek);
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.getState().range).toEqual(thisWeek);

    await store.getState().showRange(nextWeek);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
