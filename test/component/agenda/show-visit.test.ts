// The agenda store goes to a visit found elsewhere (the patient search): the day view on the
// visit's day in the clinic's calendar, its card open, and only the filters that hide it widened.
import { describe, expect, it, vi } from 'vitest';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import { buildAgenda, buildOnlineVisit, buildVisit, demoDoctor } from '../../fixtures/agenda.ts';

const thisWeek = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };
const secondDoctor = { id: 'doc-2', name: 'Zofia', surname: 'Adamska' };

async function readyStore(filters: Parameters<typeof createAgendaStore>[1] = {}) {
  const store = createAgendaStore(
    vi.fn(async () => buildAgenda({ doctors: [demoDoctor, secondDoctor] })),
    filters,
  );
  await store.getState().showRange(thisWeek);
  return store;
}

describe('going to a visit found by the patient search', () => {
  it('asks for the visit’s day in the clinic’s calendar, an hour before it, and opens its card', async () => {
    const onFiltersChange = vi.fn();
    const store = await readyStore({ onFiltersChange });
    // 23:30 UTC on 2 Dec is 00:30 on 3 Dec in Warsaw.
    const late = buildVisit({
      id: 'late',
      start: '2026-12-02T23:30:00Z',
      end: '2026-12-03T00:00:00Z',
    });
    store.getState().showVisit(late);
    expect(store.getState()).toMatchObject({
      view: 'timeGridDay',
      dayAsked: { date: '2026-12-03', time: '00:00:00' },
      openVisitId: 'late',
    });
    const morning = buildVisit({ id: 'morning', start: '2026-12-10T09:40:00+01:00' });
    const first = store.getState().dayAsked;
    store.getState().showVisit(morning);
    expect(store.getState().dayAsked).toEqual({ date: '2026-12-10', time: '08:00:00' });
    // A new ask each time, even for the same day.
    store.getState().showVisit(morning);
    expect(store.getState().dayAsked).not.toBe(first);
    expect(onFiltersChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ view: 'timeGridDay' }),
    );
  });

  it('widens only the filters that would hide the visit', async () => {
    const onDoctorChange = vi.fn();
    const store = await readyStore({
      initialFilters: { doctorId: secondDoctor.id, onlineOnly: true, address: 'online' },
      onDoctorChange,
    });
    store.getState().showVisit(buildOnlineVisit({ id: 'online', doctorId: secondDoctor.id }));
    expect(store.getState()).toMatchObject({
      doctorId: secondDoctor.id,
      onlineOnly: true,
      address: 'online',
    });
    expect(onDoctorChange).not.toHaveBeenCalled();

    store.getState().showVisit(buildVisit({ id: 'in-person', doctorId: demoDoctor.id }));
    expect(store.getState()).toMatchObject({
      doctorId: demoDoctor.id,
      onlineOnly: false,
      address: 'all',
      openVisitId: 'in-person',
    });
    expect(onDoctorChange).toHaveBeenCalledWith(demoDoctor.id);
  });
});
