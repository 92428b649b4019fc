import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from '../../../src/web/features/agenda/OfflineBanner.tsx';
import {
  noteAnswer,
  offlineState,
  watchConnectivity,
} from '../../../src/web/lib/offline/offline-state.ts';

const zone = 'Europe/Warsaw';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
  offlineState.setState({ online: true, copyReceivedAt: null });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.head.querySelector('meta[name="agenda-offline-copy"]')?.remove();
});

function goOffline(online: boolean) {
  vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('the offline banner', () => {
  it('says nothing while the page is online and fresh', () => {
    render(<OfflineBanner timeZone={zone} syncedAt="2026-12-07T09:40:00Z" />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the browser is offline and when the agenda was last synced, and goes when back', () => {
    watchConnectivity();
    render(<OfflineBanner timeZone={zone} syncedAt="2026-12-07T09:40:00Z" />);
    goOffline(false);
    expect(screen.getByRole('status')).toHaveTextContent(/^Offline — last synced 10:40\./);
    goOffline(true);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('on a copy of an earlier day, says the day too, until a fresh answer arrives', () => {
    render(<OfflineBanner timeZone={zone} syncedAt={null} />);
    act(() => noteAnswer('2026-12-04T16:05:00Z'));
    expect(screen.getByRole('status')).toHaveTextContent(/last synced Fri, 4 Dec 2026, 17:05/);
    act(() => noteAnswer(null));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('reads that the page itself is the kept copy', () => {
    const meta = document.createElement('meta');
    meta.name = 'agenda-offline-copy';
    meta.content = '2026-12-07T08:15:00.000Z';
    document.head.append(meta);
    watchConnectivity();
    render(<OfflineBanner timeZone={zone} syncedAt="2026-12-07T09:40:00Z" />);
    expect(screen.getByRole('status')).toHaveTextContent(/last synced 09:15/);
  });
});
