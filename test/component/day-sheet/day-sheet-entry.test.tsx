// The agenda's "Day sheet" entry, offered in the day view for the doctor shown.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import { DaySheetEntry } from '../../../src/web/app/DaySheetEntry.tsx';
import {
  type AgendaStoreOptions,
  createAgendaStore,
} from '../../../src/web/features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../../../src/web/features/agenda/use-agenda.tsx';
import { demoDoctor } from '../../fixtures/agenda.ts';
import { tuesday } from './tuesday.ts';

describe("the agenda's Day sheet entry", () => {
  /** The entry on an agenda that has loaded Tuesday 24 November from `load`. */
  async function renderEntryOnTuesday(
    load: () => Promise<Agenda>,
    initialFilters: AgendaStoreOptions['initialFilters'],
  ) {
    const store = createAgendaStore(load, { initialFilters });
    await store
      .getState()
      .showRange({ from: '2026-11-24T00:00:00+01:00', to: '2026-11-25T00:00:00+01:00' });
    render(
      <AgendaStoreProvider store={store}>
        <DaySheetEntry />
      </AgendaStoreProvider>,
    );
    return store;
  }

  it('is offered in the day view, for the day and the doctor shown', async () => {
    const store = await renderEntryOnTuesday(async () => tuesday(), {
      view: 'timeGridDay',
      doctorId: demoDoctor.id,
    });
    expect(screen.getByRole('link', { name: 'Day sheet' })).toHaveAttribute(
      'href',
      '#/day-sheet?date=2026-11-24&doctor=doc-1',
    );
    act(() => store.getState().showDoctor(null));
    expect(screen.getByRole('link', { name: 'Day sheet' })).toHaveAttribute(
      'href',
      '#/day-sheet?date=2026-11-24',
    );
    act(() => store.getState().showView('timeGridWeek'));
    expect(screen.queryByRole('link', { name: 'Day sheet' })).not.toBeInTheDocument();
  });

  it("names a doctor's own sheet when their agenda holds only them", async () => {
    await renderEntryOnTuesday(async () => ({ ...tuesday(), doctors: [demoDoctor] }), {
      view: 'timeGridDay',
    });
    expect(screen.getByRole('link', { name: 'Day sheet' })).toHaveAttribute(
      'href',
      '#/day-sheet?date=2026-11-24&doctor=doc-1',
    );
  });
});
