// The whole page against a faked network (fake-network.ts): loading, the sandbox banner, stale
// data and Refresh, errors a person understands, and Retry. Requests go through the real api
// client (ky + zod).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/web/app/App.tsx';
import { buildAgenda, buildSettings, buildVisit } from '../../fixtures/agenda.ts';
import { fakeNetworkForEachTest, json, network, refused } from './fake-network.ts';

fakeNetworkForEachTest();

describe('the agenda page loading', () => {
  it('asks once for a range holding the facility week, and shows the facility', async () => {
    network.answers = [json(200, buildAgenda())];
    render(<App />);

    expect(screen.getByText('Loading the agenda…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sample clinic' })).toBeInTheDocument();
    await screen.findAllByText('Anna Kowalska', {}, { timeout: 3000 });
    // The settings are asked for too; the agenda exactly once.
    const agendaRequests = network.requested.filter((address) => address.includes('/api/agenda'));
    expect(agendaRequests).toHaveLength(1);
    const url = new URL(agendaRequests[0] ?? '');
    expect(url.pathname).toBe('/api/agenda');
    const from = Date.parse(url.searchParams.get('from') ?? '');
    const to = Date.parse(url.searchParams.get('to') ?? '');
    // The Warsaw week of 24 Nov 2026, whatever zone the test machine runs in.
    expect(from).toBeLessThanOrEqual(Date.parse('2026-11-23T00:00:00+01:00'));
    expect(to).toBeGreaterThanOrEqual(Date.parse('2026-11-30T00:00:00+01:00'));
    expect(screen.getByText(/Times in Central European Time/)).toBeInTheDocument();
  });

  it('lays out the week while a slow first week is on its way, in the zone of the settings', async () => {
    let sendAgenda!: () => void;
    const agendaSent = new Promise<void>((resolve) => {
      sendAgenda = resolve;
    });
    const settings = buildSettings('2026-11-24T10:00:00Z');
    const agenda = buildAgenda({ visits: [buildVisit({ id: 'v-late' })] });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = input instanceof Request ? input.url : String(input);
        network.requested.push(url);
        if (url.includes('/api/settings')) return json(200, settings)();
        if (url.includes('/api/agenda')) {
          await agendaSent;
          return json(200, agenda)();
        }
        return json(404, { error: { code: 'not_found', message: 'no' } })();
      }),
    );
    const { container } = render(<App />);

    // Tuesday's column is there, waiting (hatched), with no visit drawn as free time.
    await waitFor(() => expect(container.querySelector('[data-date="2026-11-24"]')).not.toBeNull());
    expect(container.querySelector('.day-lane--waiting')).not.toBeNull();
    expect(container.querySelector('.agenda-calendar')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByText('Loading the agenda…').length).toBeGreaterThan(0);

    sendAgenda();
    await waitFor(() => expect(container.querySelector('[data-visit-id="v-late"]')).not.toBeNull());
    expect(container.querySelector('.day-lane--waiting')).toBeNull();
    // The calendar's own week waited for the first load instead of asking again.
    expect(network.requested.filter((url) => url.includes('/api/agenda'))).toHaveLength(1);
  });

  it('says plainly when it shows sandbox data', async () => {
    network.answers = [json(200, buildAgenda({ dataSource: 'sandbox' }))];
    render(<App />);
    expect(await screen.findByText('Sandbox data — not real patients')).toBeInTheDocument();
  });

  it('has no sandbox banner on real Docplanner data', async () => {
    network.answers = [json(200, buildAgenda({ dataSource: 'docplanner' }))];
    render(<App />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    expect(screen.queryByText(/Sandbox data/)).toBeNull();
  });

  it('says Docplanner did not answer when the data is stale', async () => {
    const message = 'Docplanner did not answer; showing data from 14:02';
    network.answers = [json(200, buildAgenda({ sync: { stale: true, syncedAt: null, message } }))];
    render(<App />);
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('offers Refresh on stale data, which asks the server to re-read Docplanner', async () => {
    const user = userEvent.setup();
    const message = 'Docplanner did not answer; showing data from 14:02';
    network.answers = [json(200, buildAgenda({ sync: { stale: true, syncedAt: null, message } }))];
    render(<App />);
    const banner = (await screen.findByText(message)).closest('.banner') as HTMLElement;
    // Never synced: the week is hatched, not drawn as free time.
    expect(document.querySelector('.day-lane--waiting')).not.toBeNull();

    network.answers = [json(200, buildAgenda())];
    await user.click(within(banner).getByRole('button', { name: 'Refresh' }));
    await vi.waitFor(() => expect(screen.queryByText(message)).toBeNull());
    const refreshed = network.requested.filter((address) => address.includes('/api/agenda')).at(-1);
    expect(new URL(refreshed ?? '').searchParams.get('refresh')).toBe('1');
    expect(document.querySelector('.day-lane--waiting')).toBeNull();
  });

  it('says the server did not answer, and Retry brings the agenda', async () => {
    const user = userEvent.setup();
    network.answers = [refused];
    render(<App />);

    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: the server did not answer.');

    network.answers = [json(200, buildAgenda())];
    await user.click(within(problem).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Sample clinic' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the API's own error message", async () => {
    network.answers = [
      json(503, { error: { code: 'upstream_unavailable', message: 'Docplanner did not answer.' } }),
    ];
    render(<App />);
    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: Docplanner did not answer.');
    expect(within(problem).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('refuses an answer that does not match the contract, with a message instead of a crash', async () => {
    network.answers = [json(200, { visits: 'nope' })];
    render(<App />);
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent(
      'Could not load the agenda: the server sent an answer this page cannot read.',
    );
  });
});
