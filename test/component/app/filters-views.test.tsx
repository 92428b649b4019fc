// Filters (doctor, address, online only) and the view are remembered per user across reloads;
// the views switch between day, week, month and list; with several doctors each block names its
// doctor.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/web/app/App.tsx';
import {
  buildAgenda,
  buildOnlineVisit,
  buildVisit,
  demoDoctor,
  onlineAddress,
} from '../../fixtures/agenda.ts';

const otherDoctor = { id: 'doc-2', name: 'Katarzyna', surname: 'Wiśniewska' };
const inPerson = buildVisit({ id: 'in-person', patient: { name: 'Ewa', surname: 'Mazur' } });
// Online by its service, on the regular address: "online only" keeps it, "online addresses" not.
const onlineByService = buildVisit({
  id: 'online-by-service',
  online: true,
  start: '2026-11-24T12:00:00+01:00',
  end: '2026-11-24T12:30:00+01:00',
  patient: { name: 'Piotr', surname: 'Zieliński' },
});
const onOnlineAddress = buildOnlineVisit({
  id: 'on-online-address',
  doctorId: otherDoctor.id,
  addressId: onlineAddress.id,
  start: '2026-11-25T10:00:00+01:00',
  end: '2026-11-25T10:30:00+01:00',
  patient: { name: 'Zofia', surname: 'Nowak' },
});

beforeEach(() => {
  localStorage.clear();
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  const agenda = buildAgenda({
    doctors: [demoDoctor, otherDoctor],
    visits: [inPerson, onlineByService, onOnlineAddress],
  });
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.includes('/api/agenda')) return Promise.reject(new TypeError('fetch failed'));
      return Promise.resolve(
        new Response(JSON.stringify(agenda), { headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const shown = (visitId: string) => document.querySelector(`[data-visit-id="${visitId}"]`) !== null;

async function waitForAgenda() {
  await vi.waitFor(() => expect(shown('in-person')).toBe(true), { timeout: 3000 });
}

describe('filters', () => {
  it('filter by address kind and online only', async () => {
    const user = userEvent.setup();
    render(<App />);
    await waitForAgenda();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Address' }), 'online');
    await vi.waitFor(() => expect(shown('in-person')).toBe(false));
    expect(shown('online-by-service')).toBe(false);
    expect(shown('on-online-address')).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Address' }), 'all');
    await user.click(screen.getByRole('checkbox', { name: 'Online visits only' }));
    await vi.waitFor(() => expect(shown('in-person')).toBe(false));
    expect(shown('online-by-service')).toBe(true);
    expect(shown('on-online-address')).toBe(true);
  });

  it('switch from one doctor to another in one click, the one shown pressed', async () => {
    const user = userEvent.setup();
    render(<App />);
    await waitForAgenda();
    const doctors = screen.getByRole('list', { name: 'Doctors shown' });
    const all = within(doctors).getByRole('button', { name: 'All' });
    const henryk = within(doctors).getByRole('button', { name: /Henryk Mikulski/ });
    const katarzyna = within(doctors).getByRole('button', { name: /Katarzyna Wiśniewska/ });
    expect(all).toHaveAttribute('aria-pressed', 'true');

    await user.click(katarzyna);
    await vi.waitFor(() => expect(shown('in-person')).toBe(false));
    expect(shown('on-online-address')).toBe(true);
    expect(katarzyna).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('combobox', { name: 'Doctor' })).toHaveValue(otherDoctor.id);

    // Straight to the next doctor: the switch stays while one doctor is shown.
    await user.click(henryk);
    await vi.waitFor(() => expect(shown('in-person')).toBe(true));
    expect(shown('on-online-address')).toBe(false);
    expect(henryk).toHaveAttribute('aria-pressed', 'true');
    expect(katarzyna).toHaveAttribute('aria-pressed', 'false');

    await user.click(all);
    await vi.waitFor(() => expect(shown('on-online-address')).toBe(true));
    expect(shown('in-person')).toBe(true);
  });

  it('are remembered across reloads, per user', async () => {
    const user = userEvent.setup();
    const first = render(<App />);
    await waitForAgenda();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Doctor' }),
      'Katarzyna Wiśniewska',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Online visits only' }));
    await user.click(screen.getByRole('button', { name: 'List' }));
    first.unmount();

    // A reload: a new page with the same storage.
    const second = render(<App />);
    await vi.waitFor(() => expect(shown('on-online-address')).toBe(true), { timeout: 3000 });
    expect(screen.getByRole('combobox', { name: 'Doctor' })).toHaveValue(otherDoctor.id);
    expect(screen.getByRole('checkbox', { name: 'Online visits only' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(shown('in-person')).toBe(false);
    second.unmount();

    // Another user on the same computer starts from the defaults.
    render(
      <App
        user={{
          username: 'user-2',
          displayName: 'Second',
          role: 'reception',
          doctorId: null,
          locale: null,
        }}
      />,
    );
    await waitForAgenda();
    expect(screen.getByRole('combobox', { name: 'Doctor' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Online visits only' })).not.toBeChecked();
  });
});

describe('views', () => {
  it('switch between week, day, month and list, and Today comes back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await waitForAgenda();
    expect(screen.getByRole('heading', { name: /^23\s–\s29 November 2026$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(await screen.findByRole('heading', { name: '24 November 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Day' })).toHaveAttribute('aria-pressed', 'true');
    expect(shown('online-by-service')).toBe(true);
    expect(shown('on-online-address')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(await screen.findByRole('heading', { name: '25 November 2026' })).toBeInTheDocument();
    await vi.waitFor(() => expect(shown('on-online-address')).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'List' }));
    await vi.waitFor(() => expect(shown('in-person')).toBe(true));
    const row = document.querySelector<HTMLElement>('[data-visit-id="on-online-address"]');
    expect(row?.closest('.visit')).toHaveClass('visit--online');
    expect(within(row as HTMLElement).getByText(/Online visit/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(screen.getByRole('heading', { name: /^23\s–\s29 November 2026$/ })).toBeInTheDocument();
  });

  it('go to the date picked', async () => {
    render(<App />);
    await waitForAgenda();
    const picker = screen.getByLabelText('Go to date');
    expect(picker).toHaveValue('2026-11-24');
    // What the browser's picker does when a day is chosen.
    fireEvent.change(picker, { target: { value: '2026-12-09' } });
    expect(
      await screen.findByRole('heading', { name: /^7\s–\s13 December 2026$/ }),
    ).toBeInTheDocument();
  });

  it('names the doctor on every block while several doctors are shown', async () => {
    render(<App />);
    await waitForAgenda();
    const block = document.querySelector<HTMLElement>('[data-visit-id="on-online-address"]');
    expect(within(block as HTMLElement).getByText('KW')).toBeInTheDocument();
    expect(
      within(block as HTMLElement).getByRole('button', { name: /Zofia Nowak/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Doctors shown' })).toBeInTheDocument();
  });
});
