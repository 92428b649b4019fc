// The join control around every boundary of the shared join window (60 min before → 30 min
// after the end, emphasised — "Join now" in a block — from 10 min before), on the server's clock,
// and its timer: it changes by itself at the next boundary. It says "Join video call" and the
// state of its window in words: when it opens, open now, ended.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultJoinWindow } from '../../../src/shared/domain/join-window.ts';
import { serverClock } from '../../../src/web/lib/server-clock.ts';
import { JoinVideoCall } from '../../../src/web/ui/JoinVideoCall.tsx';
import { buildOnlineVisit, demoTimeZone } from '../../fixtures/agenda.ts';

// 09:00–09:30 Warsaw = 08:00–08:30 UTC: opens 07:00Z, "Join now" 07:50Z, closes 09:00Z.
const visit = buildOnlineVisit({
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T08:30:00Z',
  video: { kind: 'link', href: 'https://video.docplanner.example/room/9' },
});

function renderAt(instant: string, size: 'block' | 'card' = 'card', shown = visit) {
  vi.setSystemTime(new Date(instant));
  return render(
    <JoinVideoCall
      visit={shown}
      joinWindow={defaultJoinWindow}
      timeZone={demoTimeZone}
      size={size}
    />,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  serverClock.reset();
});

afterEach(() => {
  serverClock.reset();
  vi.useRealTimers();
});

describe('JoinVideoCall', () => {
  it('is disabled and says when it opens, a millisecond before the window', () => {
    renderAt('2026-11-24T06:59:59.999Z');
    const button = screen.getByRole('button', { name: 'Join video call, Opens at 08:00' });
    expect(button).toBeDisabled();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('is a link from the first millisecond of the window, saying it is open now', () => {
    renderAt('2026-11-24T07:00:00.000Z');
    const link = screen.getByRole('link', { name: 'Join video call' });
    expect(link).toHaveAttribute('href', 'https://video.docplanner.example/room/9');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).not.toHaveClass('join-call--now');
    expect(link).toHaveTextContent('Join video call Open now');
  });

  it('is named in words in a block too, where it shows a short "Join"', () => {
    renderAt('2026-11-24T07:00:00.000Z', 'block');
    const link = screen.getByRole('link', { name: 'Join video call' });
    expect(link).toHaveTextContent(/^Join$/);
  });

  it('is emphasised ("Join now" in a block) from 10 minutes before the start, not a millisecond earlier', () => {
    const { unmount } = renderAt('2026-11-24T07:49:59.999Z', 'block');
    expect(screen.queryByText('Join now')).toBeNull();
    expect(screen.getByRole('link', { name: 'Join video call' })).not.toHaveClass('join-call--now');
    unmount();
    renderAt('2026-11-24T07:50:00.000Z', 'block');
    const link = screen.getByRole('link', { name: 'Join video call' });
    expect(link).toHaveClass('join-call--now');
    expect(link).toHaveTextContent('Join now');
  });

  it('stays open until 30 minutes after the end, then says the call ended and offers no link', () => {
    const { unmount } = renderAt('2026-11-24T08:59:59.999Z');
    expect(screen.getByRole('link', { name: 'Join video call' })).toHaveClass('join-call--now');
    unmount();
    renderAt('2026-11-24T09:00:00.000Z');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Video call ended')).toBeInTheDocument();
  });

  it('shows nothing in a block once the window has closed', () => {
    const { container } = renderAt('2026-11-24T09:00:00.000Z', 'block');
    expect(container).toBeEmptyDOMElement();
  });

  it('changes by itself at the next boundary, with one timer', () => {
    renderAt('2026-11-24T06:59:00.000Z', 'block');
    expect(screen.getByRole('button', { name: /Opens at 08:00/ })).toBeDisabled();
    expect(vi.getTimerCount()).toBe(1);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('link', { name: 'Join video call' })).toBeInTheDocument();
  });

  it('follows the server clock, not the browser one', () => {
    vi.setSystemTime(new Date('2026-11-24T05:00:00Z'));
    serverClock.sync('2026-11-24T07:55:00Z', 1);
    render(
      <JoinVideoCall
        visit={visit}
        joinWindow={defaultJoinWindow}
        timeZone={demoTimeZone}
        size="card"
      />,
    );
    expect(screen.getByRole('link', { name: 'Join video call' })).toHaveClass('join-call--now');
  });

  it('has no active Join for a cancelled visit, even inside the window', () => {
    renderAt('2026-11-24T07:55:00Z', 'card', { ...visit, status: 'canceled' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Cancelled — no video call')).toBeInTheDocument();
  });

  it('says "Video link unavailable" and never makes a link of a refused one', () => {
    renderAt('2026-11-24T07:55:00Z', 'block', {
      ...visit,
      video: { kind: 'unavailable', reason: 'scheme javascript: is not allowed' },
    });
    expect(screen.getByText('Video link unavailable')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('[href]')).toBeNull();
  });

  it('names the day when the window opens on another day', () => {
    renderAt('2026-11-23T10:00:00Z');
    expect(
      screen.getByRole('button', { name: 'Join video call, Opens Tue 24 Nov at 08:00' }),
    ).toBeDisabled();
  });

  it('says when it opens in a block too, named "Join video call"', () => {
    renderAt('2026-11-24T06:30:00Z', 'block');
    const button = screen.getByRole('button', { name: 'Join video call, Opens at 08:00' });
    expect(button).toBeDisabled();
    expect(screen.getByText('Opens at 08:00')).toBeInTheDocument();
  });

  it('uses the configured window', () => {
    vi.setSystemTime(new Date('2026-11-24T07:30:00Z'));
    render(
      <JoinVideoCall
        visit={visit}
        joinWindow={{ opensBeforeMinutes: 15, emphasisBeforeMinutes: 5, closesAfterMinutes: 10 }}
        timeZone={demoTimeZone}
        size="card"
      />,
    );
    expect(screen.getByRole('button', { name: /Opens at 08:45/ })).toBeDisabled();
  });
});
