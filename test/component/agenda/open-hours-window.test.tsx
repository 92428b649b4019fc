// The day the grid shows widens for open hours it draws — a doctor's own evening hours — but not
// for hours it does not draw (several doctors share each column): those arriving must not make
// FullCalendar rebuild a busy week for nothing.
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AgendaCalendar } from '../../../src/web/features/agenda/AgendaCalendar.tsx';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import type { OpenHoursBlock } from '../../../src/web/features/agenda/calendar-layers.ts';
import { AgendaStoreProvider } from '../../../src/web/features/agenda/use-agenda.tsx';
import { buildAgenda, demoDoctor, demoTimeZone } from '../../fixtures/agenda.ts';

const otherDoctor = { id: 'doc-2', name: 'Ewa', surname: 'Nowak' };
const eveningHours: OpenHoursBlock[] = [
  {
    id: 'hours-1',
    doctorId: demoDoctor.id,
    online: true,
    start: '2026-11-25T20:00:00+01:00',
    end: '2026-11-25T22:00:00+01:00',
  },
];

async function gridWith(doctorId: string | null) {
  const store = createAgendaStore(async () => buildAgenda({ doctors: [demoDoctor, otherDoctor] }), {
    initialFilters: { view: 'timeGridWeek', doctorId },
  });
  const view = render(
    <AgendaStoreProvider store={store}>
      <AgendaCalendar timeZone={demoTimeZone} initialDate="2026-11-24" openHours={eveningHours} />
    </AgendaStoreProvider>,
  );
  await waitFor(() => expect(store.getState().status).toBe('ready'));
  return view.container;
}

const hasSlot = (container: HTMLElement, time: string) =>
  container.querySelector(`[data-time="${time}"]`) !== null;

describe('open hours and the hours of the grid', () => {
  it("widens one doctor's day to the end of their evening hours", async () => {
    const container = await gridWith(demoDoctor.id);
    await waitFor(() => expect(hasSlot(container, '21:30:00')).toBe(true));
    expect(container.querySelector('.open-hours--online')).not.toBeNull();
  });

  it('keeps the working day when several doctors share the columns and no hours are drawn', async () => {
    const container = await gridWith(null);
    await waitFor(() => expect(hasSlot(container, '19:30:00')).toBe(true));
    expect(hasSlot(container, '20:00:00')).toBe(false);
    expect(container.querySelector('.open-hours')).toBeNull();
  });
});
