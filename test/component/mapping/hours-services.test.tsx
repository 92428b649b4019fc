// The hours dialog's third way, the seed's fallback: the doctor's services, grouped by the calendar
// they go to, ticked and opened as one range that the server splits by service.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoursDialog } from '../../../src/web/features/hours/HoursDialog.tsx';
import { setCsrfToken } from '../../../src/web/lib/csrf.ts';
import { fakeApi, json } from './mapping-data.ts';

const selection = {
  start: '2026-11-25T18:00:00.000Z',
  end: '2026-11-25T19:00:00.000Z',
  doctorId: '100101',
};

const services = {
  services: [
    {
      addressServiceId: '300101',
      name: 'Consultation',
      addressId: '200101',
      addressIsOnlineOnly: false,
      online: false,
      duration: 30,
    },
    {
      addressServiceId: '300201',
      name: 'Online consultation',
      addressId: '200201',
      addressIsOnlineOnly: true,
      online: true,
      duration: 20,
    },
    {
      addressServiceId: '300102',
      name: 'ECG',
      addressId: '200101',
      addressIsOnlineOnly: false,
      online: false,
      duration: null,
    },
  ],
};

beforeEach(() => setCsrfToken('csrf-hours'));
afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

function renderDialog(answer: (method: string, path: string) => Response) {
  const api = fakeApi(answer);
  vi.stubGlobal('fetch', api.fetch);
  const onPublished = vi.fn();
  render(
    <HoursDialog
      selection={selection}
      doctors={[{ id: '100101', name: 'Anna', surname: 'Kowalska' }]}
      chooseDoctor={false}
      timeZone="Europe/Warsaw"
      onClose={vi.fn()}
      onPublished={onPublished}
    />,
  );
  return { api, onPublished };
}

const openByService = () =>
  userEvent.click(screen.getByRole('button', { name: /Open for chosen services/ }));

describe('HoursDialog — open for chosen services', () => {
  it('loads the doctor’s services grouped by calendar and posts the chosen ids', async () => {
    const { api, onPublished } = renderDialog((method) =>
      method === 'GET'
        ? json(services)
        : json({
            applied: [
              { addressId: '200201', day: '2026-11-25' },
              { addressId: '200101', day: '2026-11-25' },
            ],
            failed: [],
            message: 'Opened hours on Docplanner.',
          }),
    );
    await openByService();

    const online = await screen.findByRole('group', { name: 'Online visits' });
    const inPerson = screen.getByRole('group', { name: 'Visits at the clinic' });
    expect(
      within(online)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['Online consultation20 min']);
    expect(within(inPerson).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText(/Online services open for online visits/)).toBeVisible();
    const [load] = api.sent;
    expect(load!.method).toBe('GET');
    const url = new URL(load!.url);
    expect(url.pathname).toBe('/api/online-hours/services');
    expect(url.searchParams.get('doctorId')).toBe('100101');

    const send = screen.getByRole('button', { name: /Open hours for 0 services/ });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription('Choose at least one service.');

    await userEvent.click(within(online).getByRole('checkbox', { name: /Online consultation/ }));
    await userEvent.click(within(inPerson).getByRole('checkbox', { name: /ECG/ }));
    await userEvent.click(screen.getByRole('button', { name: /Open hours for 2 services/ }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Done — Open for chosen services');
    expect(done).toHaveTextContent(
      'Patients can now book the chosen services in these hours on Docplanner.',
    );
    const post = api.sent.at(-1)!;
    expect(post.method).toBe('POST');
    expect(new URL(post.url).pathname).toBe('/api/online-hours');
    expect(post.headers.get('x-csrf-token')).toBe('csrf-hours');
    expect(post.body).toEqual({
      doctorId: '100101',
      start: selection.start,
      end: selection.end,
      action: 'open',
      hours: { kind: 'services', addressServiceIds: ['300201', '300102'] },
    });
    expect(onPublished).toHaveBeenCalledOnce();
  });

  it('says when the services could not be loaded, and tries again', async () => {
    let calls = 0;
    renderDialog(() => {
      calls += 1;
      return calls <= 2 // ky retries a GET once
        ? json({ error: { code: 'upstream', message: 'Docplanner did not answer.' } }, 502)
        : json(services);
    });
    await openByService();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The services could not be loaded: Docplanner did not answer.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('checkbox', { name: /Consultation/ })).toBeInTheDocument();
  });

  it('says why Docplanner refused the split', async () => {
    const { onPublished } = renderDialog((method) =>
      method === 'GET'
        ? json(services)
        : json(
            {
              error: {
                code: 'cannot_route',
                message: 'These services cannot be placed: 300101.',
              },
            },
            422,
          ),
    );
    await openByService();
    await userEvent.click(await screen.findByRole('checkbox', { name: /^Consultation/ }));
    await userEvent.click(screen.getByRole('button', { name: /Open hours for 1 service/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not done — Open for chosen services');
    expect(alert).toHaveTextContent('These services cannot be placed: 300101.');
    expect(onPublished).not.toHaveBeenCalled();
  });
});
