// Reminder toasts as the doctor meets them: what each says, Join following the join window,
// Dismiss and Snooze going to the server and showing exactly the list it answers with, and the
// browser's permission prompt never appearing by itself.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActiveReminder } from '../../../src/shared/api/reminders.ts';
import { ReminderToasts } from '../../../src/web/features/reminders/ReminderToasts.tsx';
import { createRemindersStore } from '../../../src/web/features/reminders/reminders-store.ts';
import { UpcomingVideoVisits } from '../../../src/web/features/reminders/UpcomingVideoVisits.tsx';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';
import { buildOnlineVisit, buildReminder, demoTimeZone } from '../../fixtures/agenda.ts';

// 09:50 Warsaw on Tue 24 Nov 2026: ten minutes before Jan Nowak's 10:00 video visit.
const nowMs = Date.parse('2026-11-24T08:50:00Z');
const clock = createServerClock();
clock.sync(new Date(nowMs).toISOString(), 1);

const janVisit = buildOnlineVisit({
  id: 'v-jan',
  patient: { name: 'Jan', surname: 'Nowak' },
  start: '2026-11-24T09:00:00Z',
  end: '2026-11-24T09:30:00Z',
  video: { kind: 'link', href: 'https://video.docplanner.example/room/jan' },
});
const zofiaVisit = buildOnlineVisit({
  id: 'v-zofia',
  patient: { name: 'Zofia', surname: 'Dąbrowska' },
  start: '2026-11-24T11:00:00Z',
  end: '2026-11-24T11:30:00Z',
});

interface Call {
  method: string;
  path: string;
  body: string;
}
let calls: Call[] = [];
let answer: () => Promise<Response>;

const reply = (status: number, body: unknown) => () =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

beforeEach(() => {
  localStorage.clear();
  calls = [];
  answer = reply(200, { reminders: [] });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const request = input instanceof Request ? input : new Request(String(input));
      calls.push({
        method: request.method,
        path: decodeURIComponent(new URL(request.url).pathname),
        body: await request.text(),
      });
      return answer();
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderToasts(list: ActiveReminder[]) {
  const store = createRemindersStore();
  store.getState().setReminders(list);
  render(<ReminderToasts timeZone={demoTimeZone} clock={clock} store={store} />);
  return store;
}

describe('ReminderToasts', () => {
  it('shows a toast per reminder, in a live region: patient, time, how soon', () => {
    renderToasts([buildReminder(janVisit, 10)]);

    const region = screen.getByRole('region', { name: 'Online visit reminders' });
    expect(region.querySelector('[aria-live="polite"]')).not.toBeNull();
    const toast = within(region).getByRole('article', { name: 'Jan Nowak' });
    expect(within(toast).getByText('in 10 min')).toBeInTheDocument();
    // 09:00 UTC is 10:00 in Warsaw.
    expect(within(toast).getByText(/10:00–10:30/)).toBeInTheDocument();
  });

  it('offers "Join now" at T−10, a link to the visit opening in a new tab', () => {
    renderToasts([buildReminder(janVisit, 10)]);
    const join = screen.getByRole('link', { name: 'Join now with Jan Nowak' });
    expect(join).toHaveAttribute('href', 'https://video.docplanner.example/room/jan');
    expect(join).toHaveAttribute('target', '_blank');
  });

  it('keeps Join disabled, saying when it opens, before the join window', () => {
    renderToasts([buildReminder(zofiaVisit, 10)]);
    // Zofia starts 12:00 Warsaw; the link opens an hour before.
    expect(screen.getByRole('button', { name: 'Join opens at 11:00' })).toBeDisabled();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('dismiss: posts to the server and shows exactly the list it answers with', async () => {
    const user = userEvent.setup();
    const zofia = buildReminder(zofiaVisit, 10);
    answer = reply(200, { reminders: [zofia] });
    renderToasts([buildReminder(janVisit, 10)]);

    await user.click(screen.getByRole('button', { name: 'Dismiss reminder of Jan Nowak' }));

    expect(calls).toEqual([
      expect.objectContaining({ method: 'POST', path: '/api/reminders/v-jan:10/dismiss' }),
    ]);
    expect(await screen.findByRole('article', { name: 'Zofia Dąbrowska' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Jan Nowak' })).toBeNull();
  });

  it('snooze: posts the clinic snooze minutes and applies the answer', async () => {
    const user = userEvent.setup();
    answer = reply(200, { reminders: [] });
    renderToasts([buildReminder(janVisit, 2)]);

    await user.click(screen.getByRole('button', { name: 'Snooze 5 min — reminder of Jan Nowak' }));

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/reminders/v-jan:2/snooze' });
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ minutes: 5 });
    await vi.waitFor(() => expect(screen.queryByRole('article')).toBeNull());
  });

  it('keeps the toast and says so when the server refuses', async () => {
    const user = userEvent.setup();
    answer = () => Promise.reject(new TypeError('fetch failed'));
    renderToasts([buildReminder(janVisit, 10)]);

    await user.click(screen.getByRole('button', { name: 'Dismiss reminder of Jan Nowak' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not dismiss the reminder: the server did not answer. Try again.',
    );
    expect(screen.getByRole('article', { name: 'Jan Nowak' })).toBeInTheDocument();
  });

  it('follows the live list: a reminder missing from a new list is withdrawn', () => {
    const store = renderToasts([buildReminder(janVisit, 10), buildReminder(zofiaVisit, 10)]);
    expect(screen.getAllByRole('article')).toHaveLength(2);

    act(() => store.getState().setReminders([buildReminder(zofiaVisit, 10)]));

    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('article', { name: 'Jan Nowak' })).toBeNull();
  });
});

describe('desktop alerts and sound', () => {
  function stubNotification(permission: NotificationPermission) {
    const shown: Array<{ title: string; options?: NotificationOptions }> = [];
    const requestPermission = vi.fn(async () => 'granted' as NotificationPermission);
    class FakeNotification {
      static permission = permission;
      static requestPermission = requestPermission;
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, options });
      }
      close() {}
    }
    vi.stubGlobal('Notification', FakeNotification);
    return { shown, requestPermission };
  }

  it('never asks for permission on load; asks once the doctor presses the explained button', async () => {
    const user = userEvent.setup();
    const { requestPermission } = stubNotification('default');
    renderToasts([buildReminder(janVisit, 10)]);
    render(<UpcomingVideoVisits visits={[janVisit]} timeZone={demoTimeZone} clock={clock} />);

    expect(requestPermission).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Get a desktop alert 10 and 2 minutes before each online visit/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Get desktop alerts' }));
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Desktop alerts are on for this browser.')).toBeInTheDocument();
  });

  it('shows one browser notification per new reminder once allowed', () => {
    const { shown } = stubNotification('granted');
    const store = renderToasts([buildReminder(janVisit, 10)]);
    act(() => store.getState().setReminders([buildReminder(janVisit, 10)]));

    expect(shown).toEqual([
      { title: 'Online visit in 10 min', options: { body: 'Jan Nowak at 10:00', tag: 'v-jan:10' } },
    ]);
  });

  it('shows no browser notification without permission', () => {
    const { shown } = stubNotification('default');
    renderToasts([buildReminder(janVisit, 10)]);
    expect(shown).toEqual([]);
  });

  it('sound is off by default; the toggle is remembered on this computer', async () => {
    const user = userEvent.setup();
    const first = render(<UpcomingVideoVisits visits={[]} timeZone={demoTimeZone} clock={clock} />);
    const toggle = screen.getByRole('checkbox', { name: 'Play a sound with each reminder' });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);
    expect(localStorage.getItem('online-agenda.reminder-sound')).toBe('on');
    first.unmount();
    render(<UpcomingVideoVisits visits={[]} timeZone={demoTimeZone} clock={clock} />);
    expect(screen.getByRole('checkbox', { name: 'Play a sound with each reminder' })).toBeChecked();
  });
});
