// Today's upcoming video visits: which ones, in what order, with a countdown and Join.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpcomingVideoVisits } from '../../../src/web/features/reminders/UpcomingVideoVisits.tsx';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';
import { buildOnlineVisit, buildVisit, demoTimeZone } from '../../fixtures/agenda.ts';

// 09:50 Warsaw, Tue 24 Nov 2026.
const nowMs = Date.parse('2026-11-24T08:50:00Z');
const clock = createServerClock();
clock.sync(new Date(nowMs).toISOString(), 1);

const visit = (id: string, name: string, start: string, end: string, extra = {}) =>
  buildOnlineVisit({ id, patient: { name, surname: 'Test' }, start, end, ...extra });

describe('UpcomingVideoVisits', () => {
  it("lists today's online visits not yet over, soonest first, with countdowns", () => {
    render(
      <UpcomingVideoVisits
        timeZone={demoTimeZone}
        clock={clock}
        visits={[
          visit('later', 'Later', '2026-11-24T12:00:00Z', '2026-11-24T12:30:00Z'),
          visit('soon', 'Soon', '2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z'),
          visit('running', 'Running', '2026-11-24T08:40:00Z', '2026-11-24T09:10:00Z'),
          visit('over', 'Over', '2026-11-24T07:00:00Z', '2026-11-24T07:30:00Z'),
          visit('tomorrow', 'Tomorrow', '2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
          visit('cancelled', 'Cancelled', '2026-11-24T10:00:00Z', '2026-11-24T10:30:00Z', {
            status: 'canceled',
          }),
          buildVisit({
            id: 'in-person',
            start: '2026-11-24T10:00:00Z',
            end: '2026-11-24T10:30:00Z',
          }),
        ]}
      />,
    );

    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Running Test'),
      expect.stringContaining('Soon Test'),
      expect.stringContaining('Later Test'),
    ]);
    expect(within(items[0] as HTMLElement).getByText('started 10 min ago')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('in 10 min')).toBeInTheDocument();
    expect(
      within(items[1] as HTMLElement).getByRole('link', { name: 'Join now with Soon Test' }),
    ).toBeInTheDocument();
    expect(within(items[2] as HTMLElement).getByText('in 3 h 10 min')).toBeInTheDocument();
    expect(
      within(items[2] as HTMLElement).getByRole('button', { name: 'Join opens at 12:00' }),
    ).toBeDisabled();
  });

  it('says so when no online visit is left today', () => {
    render(<UpcomingVideoVisits timeZone={demoTimeZone} clock={clock} visits={[]} />);
    expect(screen.getByText('No more online visits today.')).toBeInTheDocument();
  });
});
