// The admin's mapping screen: both addresses side by side with their services, each name saved
// on its own through the one API client (CSRF header included), the checks with their fixes.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MappingScreen } from '../../../src/web/features/mapping/MappingScreen.tsx';
import { setCsrfToken } from '../../../src/web/lib/csrf.ts';
import { buildMapping, fakeApi, json } from './mapping-data.ts';

beforeEach(() => setCsrfToken('csrf-mapping'));
afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

/** Our API over one mapping: a PUT changes what the next GET returns, as on the server. */
function serve(putStatus = 204) {
  const mapping = buildMapping();
  const addresses = mapping.doctors.flatMap(({ regular, online }) => [regular!, online!]);
  const api = fakeApi((method, path) => {
    if (method === 'GET') return json(mapping);
    if (putStatus !== 204) {
      return json({ error: { code: 'invalid_body', message: 'The name is too long' } }, putStatus);
    }
    const body = api.sent.at(-1)?.body as Record<string, never>;
    const id = path.split('/').at(-1);
    for (const address of addresses) {
      if (path.includes('/calendars/') && address.id === id) Object.assign(address, body);
      for (const service of address.services) {
        if (path.includes('/services/') && service.addressServiceId === id)
          Object.assign(service, body);
      }
    }
    return new Response(null, { status: 204 });
  });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

describe('MappingScreen', () => {
  it('shows the regular and the online address side by side, each with its services', async () => {
    serve();
    render(<MappingScreen />);
    const regular = await screen.findByRole('region', { name: 'Clinic address 123' });
    const online = screen.getByRole('region', {
      name: 'Address for online visits 234',
    });

    expect(within(regular).getByText('Medical Clinic “Test”')).toBeInTheDocument();
    expect(
      within(regular).getByRole('textbox', {
        name: 'Name in the agenda for Medical Clinic “Test” (123)',
      }),
    ).toHaveValue('Medical Clinic');
    const regularRows = within(regular).getAllByRole('row').slice(1);
    expect(regularRows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '112233',
      '223344',
      '445566',
    ]);
    const usg = within(regular).getByRole('row', { name: /USG/ });
    expect(within(usg).getByText('250')).toBeInTheDocument();
    expect(within(usg).getByText('30 min')).toBeInTheDocument();
    expect(
      within(regular).getByRole('textbox', {
        name: 'Name in the agenda for Recurring Visit (223344)',
      }),
    ).toHaveValue('Second visit');

    expect(within(online).getByText('Medical Clinic “Test” online')).toBeInTheDocument();
    expect(within(online).getByText('Online visits only')).toBeInTheDocument();
    expect(within(online).getByText('Patients pay in advance')).toBeInTheDocument();
    // The same service has its own id at the online address.
    expect(within(online).getByRole('row', { name: /Regular Visit/ })).toHaveTextContent('778899');
    expect(
      within(online).getByRole('checkbox', { name: 'Online visits: Regular Visit (778899)' }),
    ).toBeChecked();
  });

  it('saves our calendar name with PUT, the CSRF header from the API client, and says so', async () => {
    const api = serve();
    render(<MappingScreen />);
    const field = await screen.findByRole('textbox', {
      name: 'Name in the agenda for Medical Clinic “Test” online (234)',
    });
    await userEvent.type(field, '  Medical Clinic online ');
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Save the name in the agenda for Medical Clinic “Test” online (234)',
      }),
    );

    expect(await screen.findByText('✓ Saved')).toBeInTheDocument();
    const put = api.sent.find((request) => request.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe('/api/mapping/calendars/234');
    expect(put!.body).toEqual({ calendarName: 'Medical Clinic online' });
    expect(put!.headers.get('x-csrf-token')).toBe('csrf-mapping');
  });

  it('maps a service to ours (Enter saves) and keeps its online mark in the same request', async () => {
    const api = serve();
    render(<MappingScreen />);
    const field = await screen.findByRole('textbox', {
      name: 'Name in the agenda for USG (445566)',
    });
    await userEvent.type(field, 'USG{Enter}');

    expect(await screen.findByText('✓ Saved')).toBeInTheDocument();
    const put = api.sent.find((request) => request.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe('/api/mapping/services/445566');
    expect(put!.body).toEqual({ ourServiceName: 'USG', online: false });
    expect(put!.headers.get('x-csrf-token')).toBe('csrf-mapping');
  });

  it('turns the service-based online rule on with the name it already has', async () => {
    const api = serve();
    render(<MappingScreen />);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'Online visits: Regular Visit (112233)' }),
    );
    expect(await screen.findByText('✓ Saved')).toBeInTheDocument();
    const put = api.sent.find((request) => request.method === 'PUT');
    expect(new URL(put!.url).pathname).toBe('/api/mapping/services/112233');
    expect(put!.body).toEqual({ ourServiceName: 'Visit', online: true });
    expect(
      screen.getByRole('checkbox', { name: 'Online visits: Regular Visit (112233)' }),
    ).toBeChecked();
  });

  it('says in words when a name was not saved, and keeps what was typed', async () => {
    serve(400);
    render(<MappingScreen />);
    const field = await screen.findByRole('textbox', {
      name: 'Name in the agenda for USG (445566)',
    });
    await userEvent.type(field, 'Ultrasound{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: The name is too long. Try again.',
    );
    expect(field).toHaveValue('Ultrasound');
  });

  it('shows the checks with what to do, severity in words and not by colour alone', async () => {
    serve();
    render(<MappingScreen />);
    const checks = await screen.findByRole('region', { name: /Setup checks/ });
    const items = within(checks).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Said from the check's code in the page's language, not the server's English sentence.
    expect(items[0]).toHaveTextContent(
      'Needs attention: The address for online visits does not offer Docplanner’s “Online consultation” service.',
    );
    expect(items[0]).toHaveTextContent(
      'What to do: In Docplanner, add “Online consultation” from the list of services to the address for online visits',
    );
    expect(items[0]).toHaveTextContent('Dr Anna Kowalska · address 234');
    expect(items[1]).toHaveTextContent('Good to know: Patients pay in advance');
    expect(items[1]).toHaveTextContent(
      'What it means: Reception sees whether each of these visits is paid',
    );
    expect(checks).toHaveTextContent('1 needs attention');
  });

  it('does not say "nothing needs attention" above notes: nothing to fix, and how many notes', async () => {
    const mapping = buildMapping();
    mapping.warnings = mapping.warnings.filter((warning) => warning.severity === 'info');
    vi.stubGlobal('fetch', async () => json(mapping));
    render(<MappingScreen />);
    const checks = await screen.findByRole('region', { name: /Setup checks/ });
    expect(checks).toHaveTextContent('nothing to fix, 1 note');
    expect(within(checks).getByRole('listitem')).toHaveTextContent('What it means:');
    expect(within(checks).getByRole('listitem')).not.toHaveTextContent('What to do:');
  });

  it('says why the mapping could not be read, with a way to try again', async () => {
    vi.stubGlobal('fetch', async () =>
      json({ error: { code: 'upstream_unavailable', message: 'Docplanner did not answer' } }, 503),
    );
    render(<MappingScreen />);
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The addresses and services could not be loaded: Docplanner did not answer.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
