// The calendar's "now" (the now line and today's column) follows the server's clock: when the
// sandbox's clock jumps, it moves at once, not on FullCalendar's next minute timer.
import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaCalendar } from '../../../src/web/features/agenda/AgendaCalendar.tsx';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../../../src/web/features/agenda/use-agenda.tsx';
import { createServerClock, serverClock } from '../../../src/web/lib/server-clock.ts';
import { buildAgenda, demoTimeZone } from '../../fixtures/agenda.ts';

afterEach(() => serverClock.reset());

function todayLanes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.day-lane--today[data-date]')].map(
    (lane) => lane.getAttribute('data-date') ?? '',
  );
}

describe('the calendar on the server clock', () => {
  it('moves today (and the now line with it) when the server clock jumps', async () => {
    serverClock.sync('2026-11-24T09:00:00Z', 1);
    const store = createAgendaStore(async () => buildAgenda({ visits: [] }), {
      initialFilters: { view: 'timeGridWeek' },
    });
    const { container } = render(
      <AgendaStoreProvider store={store}>
        <AgendaCalendar timeZone={demoTimeZone} initialDate="2026-11-24" />
      </AgendaStoreProvider>,
    );
    await waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(todayLanes(container)).toEqual(['2026-11-24']);

    act(() => serverClock.sync('2026-11-25T09:00:00Z', 1));

    expect(todayLanes(container)).toEqual(['2026-11-25']);
  });

  it('counts a jump only when a sync moves the clock, not on every heartbeat', () => {
    const clock = createServerClock();
    clock.sync('2026-11-24T09:00:00Z', 1);
    const afterFirst = clock.jumps();
    clock.sync(new Date(clock.now() + 800).toISOString(), 1); // latency, not a jump
    expect(clock.jumps()).toBe(afterFirst);
    clock.sync(new Date(clock.now() + 30 * 60_000).toISOString(), 1); // advanceMinutes: 30
    expect(clock.jumps()).toBe(afterFirst + 1);
    clock.sync(new Date(clock.now()).toISOString(), 60); // sped up
    expect(clock.jumps()).toBe(afterFirst + 2);
  });
});
