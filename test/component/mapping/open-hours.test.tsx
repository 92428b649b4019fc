// The slots layer: Docplanner's slots merged into windows of open hours and drawn behind the
// visits, purple for the online address, neutral for the regular one; re-read after publishing.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../../src/shared/api/auth.ts';
import { App } from '../../../src/web/app/App.tsx';
import { mergeSlots } from '../../../src/web/features/hours/open-hours-store.ts';
import { buildAgenda, demoTimeZone } from '../../fixtures/agenda.ts';
import { json } from './mapping-data.ts';

const doctor: CurrentUser = {
  username: 'doctor',
  displayName: 'Dr Henryk Mikulski',
  role: 'doctor',
  doctorId: 'doc-1',
  locale: null,
};

function slot(addressId: string, online: boolean, start: string, minutes = 30) {
  const end = Temporal.Instant.from(start).add({ minutes }).toString({ timeZone: demoTimeZone });
  return { addressId, doctorId: 'doc-1', start, end, online };
}

describe('mergeSlots', () => {
  it('merges consecutive slots of one address into one window, and nothing across addresses', () => {
    const windows = mergeSlots([
      slot('addr-online', true, '2026-11-25T19:30:00+01:00'),
      slot('addr-online', true, '2026-11-25T19:00:00+01:00'),
      slot('addr-online', true, '2026-11-25T20:30:00+01:00'),
      slot('addr-regular', false, '2026-11-25T20:00:00+01:00'),
    ]);
    expect(windows.map(({ addressId, start, end }) => ({ addressId, start, end }))).toEqual([
      {
        addressId: 'addr-online',
        start: '2026-11-25T19:00:00+01:00',
        end: '2026-11-25T20:00:00+01:00',
      },
      {
        addressId: 'addr-online',
        start: '2026-11-25T20:30:00+01:00',
        end: '2026-11-25T21:00:00+01:00',
      },
      {
        addressId: 'addr-regular',
        start: '2026-11-25T20:00:00+01:00',
        end: '2026-11-25T20:30:00+01:00',
      },
    ]);
  });
});

describe('the open hours behind the visits', () => {
  const today = Temporal.Now.plainDateISO(demoTimeZone);
  const at = (time: string) =>
    today
      .toZonedDateTime({ timeZone: demoTimeZone, plainTime: time })
      .toString({ timeZoneName: 'never' });
  const slotRequests: string[] = [];

  beforeEach(() => {
    localStorage.clear();
    slotRequests.length = 0;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/agenda')) return json(buildAgenda());
      if (url.includes('/api/slots')) {
        slotRequests.push(url);
        return json({
          slots: [
            slot('addr-online', true, at('12:00')),
            slot('addr-online', true, at('12:30')),
            slot('addr-regular', false, at('14:00')),
          ],
        });
      }
      return json({ reminders: [] });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the range on screen and draws online hours purple and regular hours neutral', async () => {
    const { container } = render(<App user={doctor} onSignOut={() => {}} />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    await waitFor(() => expect(container.querySelectorAll('.open-hours')).toHaveLength(2));
    expect(container.querySelectorAll('.open-hours--online')).toHaveLength(1);
    expect(container.querySelectorAll('.open-hours--regular')).toHaveLength(1);
    expect(screen.getByText('Opening hours')).toBeInTheDocument();
    const asked = new URL(slotRequests[0]!);
    expect(asked.pathname).toBe('/api/slots');
    expect(asked.searchParams.get('from')).toBeTruthy();
    expect(asked.searchParams.get('to')).toBeTruthy();
  });
});

describe('when the open hours cannot be read', () => {
  let slotsFail = true;

  beforeEach(() => {
    localStorage.clear();
    slotsFail = true;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/agenda')) return json(buildAgenda());
      if (url.includes('/api/slots')) {
        if (slotsFail) {
          return json(
            { error: { code: 'upstream_unavailable', message: 'Docplanner did not answer.' } },
            503,
          );
        }
        return json({ slots: [] });
      }
      return json({ reminders: [] });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says so under the filters, and the note goes once they are read', async () => {
    const user = userEvent.setup();
    render(<App user={doctor} onSignOut={() => {}} />);

    const note = await screen.findByText(
      /The opening hours from Docplanner could not be loaded: Docplanner did not answer\./,
    );
    expect(note).toHaveAttribute('role', 'status');

    slotsFail = false;
    await user.click(within(note).getByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(screen.queryByText(/opening hours from Docplanner could not be loaded/)).toBeNull(),
    );
  });
});
