// Reminders speak the page's language: the countdowns with each language's plurals, the desktop
// alert's words, the time on the clinic's clock.
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderToasts } from '../../../src/web/features/reminders/ReminderToasts.tsx';
import { createRemindersStore } from '../../../src/web/features/reminders/reminders-store.ts';
import { UpcomingVideoVisits } from '../../../src/web/features/reminders/UpcomingVideoVisits.tsx';
import { visitCountdown } from '../../../src/web/features/reminders/visit-countdown.ts';
import { catalog as cs } from '../../../src/web/lib/i18n/catalogs/cs/index.ts';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { catalog as tr } from '../../../src/web/lib/i18n/catalogs/tr/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';
import { buildOnlineVisit, buildReminder, demoTimeZone } from '../../fixtures/agenda.ts';

// 09:50 Warsaw, Tue 24 Nov 2026.
const nowMs = Date.parse('2026-11-24T08:50:00Z');
const clock = createServerClock();
clock.sync(new Date(nowMs).toISOString(), 1);
const minute = 60_000;

afterEach(() => {
  setCatalog('en', en);
  vi.unstubAllGlobals();
});

describe('countdowns in each language', () => {
  const start = nowMs + 2 * minute;
  const end = start + 30 * minute;
  const say = (startMs: number) => visitCountdown(startMs, startMs + 30 * minute, nowMs);

  it('English', () => {
    expect(say(nowMs + 1 * minute)).toBe('in 1 min');
    expect(say(nowMs + 65 * minute)).toBe('in 1 h 5 min');
    expect(say(nowMs + 120 * minute)).toBe('in 2 h');
    expect(say(nowMs)).toBe('starting now');
    expect(say(nowMs - 3 * minute)).toBe('started 3 min ago');
    expect(visitCountdown(start, end, end)).toBe('ended');
  });

  it('Polish', () => {
    setCatalog('pl', pl);
    expect(say(nowMs + 5 * minute)).toBe('za 5 min');
    expect(say(nowMs + 62 * minute)).toBe('za 1 godz. 2 min');
    expect(say(nowMs - 3 * minute)).toBe('rozpoczęła się 3 min temu');
    expect(visitCountdown(start, end, end)).toBe('zakończona');
  });

  it('German, Czech and Turkish', () => {
    setCatalog('de', de);
    expect(say(nowMs + 5 * minute)).toBe('in 5 Min.');
    expect(say(nowMs - 3 * minute)).toBe('hat vor 3 Min. begonnen');
    setCatalog('cs', cs);
    expect(say(nowMs + 125 * minute)).toBe('za 2 h 5 min');
    setCatalog('tr', tr);
    expect(say(nowMs + 5 * minute)).toBe('5 dk sonra');
  });
});

describe('reminders in Polish', () => {
  const visit = buildOnlineVisit({
    id: 'v-jan',
    patient: { name: 'Jan', surname: 'Nowak' },
    start: '2026-11-24T09:00:00Z',
    end: '2026-11-24T09:30:00Z',
    video: { kind: 'link', href: 'https://video.docplanner.example/room/jan' },
  });

  it('the list, the toast and the desktop alert', () => {
    setCatalog('pl', pl);
    const shown: Array<{ title: string; options?: NotificationOptions }> = [];
    class FakeNotification {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, options });
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeNotification);
    render(<UpcomingVideoVisits visits={[visit]} timeZone={demoTimeZone} clock={clock} />);
    expect(screen.getByRole('heading', { name: 'Dzisiejsze wizyty online' })).toBeInTheDocument();
    expect(within(screen.getByRole('listitem')).getByText('za 10 min')).toBeInTheDocument();

    const store = createRemindersStore();
    act(() => store.getState().setReminders([buildReminder(visit, 10)]));
    render(<ReminderToasts timeZone={demoTimeZone} clock={clock} store={store} />);
    const toast = screen.getByRole('article', { name: 'Jan Nowak' });
    expect(toast).toHaveTextContent('Wizyta online');
    expect(
      within(toast).getByRole('button', { name: 'Zamknij przypomnienie: Jan Nowak' }),
    ).toBeInTheDocument();
    expect(shown).toEqual([
      {
        title: 'Wizyta online za 10 min',
        options: { body: 'Jan Nowak, godz. 10:00', tag: 'v-jan:10' },
      },
    ]);
  });
});
