// One booking in the agenda: purple class and more than colour for online visits, a one-click
// way into the call, and cancelled visits that read as cancelled.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
});

import { AgendaLegend } from '../../../src/web/features/agenda/AgendaLegend.tsx';
import { BreakBlock } from '../../../src/web/features/agenda/BreakBlock.tsx';
import {
  slotWindowFor,
  toCalendarEvents,
} from '../../../src/web/features/agenda/calendar-events.ts';
import { VisitBlock } from '../../../src/web/features/agenda/VisitBlock.tsx';
import { buildOnlineVisit, buildVisit, demoTimeZone } from '../../fixtures/agenda.ts';

describe('calendar events of visits', () => {
  it('marks online visits with visit--online and paints them purple', () => {
    const [online, inPerson] = toCalendarEvents([buildOnlineVisit(), buildVisit()]);

    expect(online?.className).toContain('visit--online');
    expect(online?.color).toBe('var(--color-online)');
    expect(inPerson?.className).not.toContain('visit--online');
    expect(inPerson?.className).toContain('visit--in-person');
    expect(inPerson?.color).not.toBe('var(--color-online)');
  });

  it('marks cancelled visits whatever their kind', () => {
    const [cancelled] = toCalendarEvents([buildOnlineVisit({ status: 'canceled' })]);
    expect(cancelled?.className).toContain('visit--cancelled');
    expect(cancelled?.className).toContain('visit--online');
  });

  it('widens the 07:00–20:00 day so that early and late visits stay visible', () => {
    expect(slotWindowFor([buildVisit()], demoTimeZone)).toEqual({
      min: '07:00:00',
      max: '20:00:00',
    });
    const early = buildVisit({
      start: '2026-11-24T06:30:00+01:00',
      end: '2026-11-24T07:00:00+01:00',
    });
    const late = buildVisit({
      start: '2026-11-24T20:00:00+01:00',
      end: '2026-11-24T20:45:00+01:00',
    });
    expect(slotWindowFor([early, late], demoTimeZone)).toEqual({
      min: '06:00:00',
      max: '21:00:00',
    });
  });
});

describe('VisitBlock', () => {
  it('says in words that a purple block is an online visit, and carries its id', () => {
    const visit = buildOnlineVisit({ id: 'v-42', patient: { name: 'Zofia', surname: 'Nowak' } });
    const { container } = render(<VisitBlock visit={visit} />);

    const block = container.querySelector('[data-visit-id="v-42"]');
    expect(block).not.toBeNull();
    expect(screen.getByText(/Online visit/)).toHaveClass('visually-hidden');
    expect(screen.getByText('Zofia Nowak')).toBeInTheDocument();
    expect(block?.querySelector('.icon--video-camera')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has no online wording for an in-person visit', () => {
    render(<VisitBlock visit={buildVisit()} />);
    expect(screen.queryByText('Online visit')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('has a "Join video call" link that opens the call in a new tab', () => {
    // 30 minutes before the 09:00 (Warsaw) visit: the window is open, not yet "Join now".
    vi.setSystemTime(new Date('2026-11-24T07:30:00Z'));
    const href = 'https://video.docplanner.example/room/7';
    render(<VisitBlock visit={buildOnlineVisit({ video: { kind: 'link', href } })} />);

    const join = screen.getByRole('link', { name: 'Join video call' });
    expect(join).toHaveAttribute('href', href);
    expect(join).toHaveAttribute('target', '_blank');
    expect(join).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('offers no link when the video link is unavailable', () => {
    const visit = buildOnlineVisit({ video: { kind: 'unavailable', reason: 'not a valid URL' } });
    render(<VisitBlock visit={visit} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/Online visit/)).toBeInTheDocument();
    expect(screen.getByText('Video link unavailable')).toBeInTheDocument();
  });

  it('reads "Cancelled" and offers no call for a cancelled visit', () => {
    render(<VisitBlock visit={buildOnlineVisit({ status: 'canceled' })} />);
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Join video call' })).toBeNull();
  });

  it("shows the visit's time on the facility's clock, whatever the browser's zone", () => {
    const visit = buildVisit({
      start: '2026-11-24T09:00:00+01:00',
      end: '2026-11-24T09:45:00+01:00',
    });
    const { unmount } = render(<VisitBlock visit={visit} timeZone={demoTimeZone} />);
    expect(screen.getByText('09:00–09:45')).toBeInTheDocument();
    unmount();
    render(<VisitBlock visit={visit} timeZone="America/New_York" />);
    expect(screen.getByText('03:00–03:45')).toBeInTheDocument();
  });

  it('names its button in words: patient, time, in person or online, what happened, payment', () => {
    vi.setSystemTime(new Date('2026-11-24T07:30:00Z'));
    const { unmount } = render(<VisitBlock visit={buildVisit()} timeZone={demoTimeZone} />);
    expect(
      screen.getByRole('button', { name: 'Anna Kowalska, 09:00–09:30, in-person visit' }),
    ).toBeInTheDocument();
    unmount();

    render(
      <VisitBlock
        visit={buildOnlineVisit({ status: 'canceled', visitPaymentStatus: 'canceled' })}
        timeZone={demoTimeZone}
      />,
    );
    // The payment badge adds its own words (payments wording is the badge's).
    expect(
      screen.getByRole('button', {
        name: /^Anna Kowalska, 09:00–09:30, online visit, Cancelled, \S/,
      }),
    ).toBeInTheDocument();
  });

  it('tells the whole visit on hover, even where the block is too short to show it', () => {
    const doctor = { initials: 'HM', fullName: 'Henryk Mikulski', color: '#2563eb' };
    const { container } = render(
      <VisitBlock
        visit={buildVisit({ presence: 'present' })}
        isShort
        doctor={doctor}
        timeZone={demoTimeZone}
      />,
    );
    expect(container.querySelector('.visit-block')).toHaveAttribute(
      'title',
      '09:00–09:30 · Anna Kowalska · In-person visit · Arrived · Regular visit · Henryk Mikulski',
    );
  });

  it('shows the start time only in a short block', () => {
    render(<VisitBlock visit={buildVisit()} isShort timeZone={demoTimeZone} />);
    expect(screen.getByText('09:00')).toBeInTheDocument();
    expect(screen.queryByText('09:00–09:30')).toBeNull();
  });
});

describe('AgendaLegend', () => {
  it('explains that purple means an online visit', () => {
    render(<AgendaLegend />);
    const legend = screen.getByRole('list', { name: 'What the colours mean' });
    expect(within(legend).getByText('Online visit')).toBeInTheDocument();
    expect(within(legend).getByText('In-person visit')).toBeInTheDocument();
    expect(within(legend).getByText('Cancelled')).toBeInTheDocument();
  });

  it('speaks reception’s words, not Docplanner’s or a developer’s', () => {
    render(<AgendaLegend openHours breaks />);
    const legend = screen.getByRole('list', { name: 'What the colours mean' });
    expect(within(legend).getByText('Break')).toBeInTheDocument();
    expect(within(legend).getByText('Opening hours').closest('li')).toHaveAttribute(
      'title',
      'Times patients can book on Docplanner: purple for online visits, grey for visits at the clinic',
    );
    expect(legend.textContent).not.toMatch(/purple|presence|regular/i);
  });
});

describe('BreakBlock', () => {
  const pause = {
    id: 'b-1',
    doctorId: 'doc-1',
    addressId: 'addr-regular',
    start: '2026-11-24T12:00:00+01:00',
    end: '2026-11-24T12:30:00+01:00',
  };

  it('says "Break", its time and, when several doctors are shown, whose', () => {
    const doctor = { initials: 'HM', fullName: 'Henryk Mikulski', color: '#2563eb' };
    const { unmount } = render(<BreakBlock pause={pause} doctor={null} timeZone={demoTimeZone} />);
    expect(screen.getByRole('button', { name: 'Break 12:00–12:30' })).toHaveAttribute(
      'title',
      'Break 12:00–12:30',
    );
    unmount();
    render(<BreakBlock pause={pause} doctor={doctor} timeZone={demoTimeZone} />);
    expect(
      screen.getByRole('button', { name: 'Break 12:00–12:30 (Henryk Mikulski)' }),
    ).toBeInTheDocument();
  });
});
