// The whole page against a faked network: loading, the agenda with its sandbox banner, errors a
// person understands, and Retry. Requests go through the real api client (ky + zod).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/web/app/App.tsx';
import { resetSettings } from '../../../src/web/lib/settings.ts';
import {
  buildAgenda,
  buildOnlineVisit,
  buildSettings,
  buildVisit,
  demoDoctor,
  fixtureNow,
  regularAddress,
} from '../../fixtures/agenda.ts';

type FetchAnswer = () => Promise<Response>;

const json = (status: number, body: unknown) => () =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
const refused: FetchAnswer = () => Promise.reject(new TypeError('fetch failed'));

let answers: FetchAnswer[] = [];
let requested: string[] = [];

beforeEach(() => {
  // The page opens on the week of "now": the fixtures' week, whatever the machine's date.
  vi.setSystemTime(fixtureNow);
  localStorage.clear();
  answers = [];
  requested = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      requested.push(input instanceof Request ? input.url : String(input));
      const next = answers.length > 1 ? answers.shift() : answers[0];
      return next ? next() : refused();
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  resetSettings();
});

describe('the agenda page', () => {
  it('asks once for a range holding the facility week, and shows the facility', async () => {
    answers = [json(200, buildAgenda())];
    render(<App />);

    expect(screen.getByText('Loading the agenda…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sample clinic' })).toBeInTheDocument();
    await screen.findAllByText('Anna Kowalska', {}, { timeout: 3000 });
    // The settings are asked for too; the agenda exactly once.
    const agendaRequests = requested.filter((address) => address.includes('/api/agenda'));
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
        requested.push(url);
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
    expect(requested.filter((url) => url.includes('/api/agenda'))).toHaveLength(1);
  });

  it('says plainly when it shows sandbox data', async () => {
    answers = [json(200, buildAgenda({ dataSource: 'sandbox' }))];
    render(<App />);
    expect(await screen.findByText('Sandbox data — not real patients')).toBeInTheDocument();
  });

  it('has no sandbox banner on real Docplanner data', async () => {
    answers = [json(200, buildAgenda({ dataSource: 'docplanner' }))];
    render(<App />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    expect(screen.queryByText(/Sandbox data/)).toBeNull();
  });

  it('says Docplanner did not answer when the data is stale', async () => {
    const message = 'Docplanner did not answer; showing data from 14:02';
    answers = [json(200, buildAgenda({ sync: { stale: true, syncedAt: null, message } }))];
    render(<App />);
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('offers Refresh on stale data, which asks the server to re-read Docplanner', async () => {
    const user = userEvent.setup();
    const message = 'Docplanner did not answer; showing data from 14:02';
    answers = [json(200, buildAgenda({ sync: { stale: true, syncedAt: null, message } }))];
    render(<App />);
    const banner = (await screen.findByText(message)).closest('.banner') as HTMLElement;
    // Never synced: the week is hatched, not drawn as free time.
    expect(document.querySelector('.day-lane--waiting')).not.toBeNull();

    answers = [json(200, buildAgenda())];
    await user.click(within(banner).getByRole('button', { name: 'Refresh' }));
    await vi.waitFor(() => expect(screen.queryByText(message)).toBeNull());
    const refreshed = requested.filter((address) => address.includes('/api/agenda')).at(-1);
    expect(new URL(refreshed ?? '').searchParams.get('refresh')).toBe('1');
    expect(document.querySelector('.day-lane--waiting')).toBeNull();
  });

  it('says the server did not answer, and Retry brings the agenda', async () => {
    const user = userEvent.setup();
    answers = [refused];
    render(<App />);

    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: the server did not answer.');

    answers = [json(200, buildAgenda())];
    await user.click(within(problem).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Sample clinic' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the API's own error message", async () => {
    answers = [
      json(503, { error: { code: 'upstream_unavailable', message: 'Docplanner did not answer.' } }),
    ];
    render(<App />);
    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: Docplanner did not answer.');
    expect(within(problem).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('refuses an answer that does not match the contract, with a message instead of a crash', async () => {
    answers = [json(200, { visits: 'nope' })];
    render(<App />);
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent(
      'Could not load the agenda: the server sent an answer this page cannot read.',
    );
  });

  it('draws the visits of the week, online ones purple-classed, and opens a card on click', async () => {
    const user = userEvent.setup();
    const online = buildOnlineVisit({
      id: 'online-1',
      patient: { name: 'Zofia', surname: 'Nowak' },
    });
    const inPerson = buildVisit({
      id: 'regular-1',
      start: '2026-11-25T10:00:00+01:00',
      end: '2026-11-25T10:30:00+01:00',
    });
    answers = [json(200, buildAgenda({ visits: [online, inPerson] }))];
    render(<App />);

    const block = await screen.findByText('Zofia Nowak', {}, { timeout: 3000 });
    const onlineBlock = block.closest('[data-visit-id]');
    expect(onlineBlock?.getAttribute('data-visit-id')).toBe('online-1');
    expect(onlineBlock?.closest('.visit')).toHaveClass('visit--online');
    expect(
      document.querySelector('[data-visit-id="regular-1"]')?.closest('.visit'),
    ).not.toHaveClass('visit--online');

    await user.click(block);
    expect(await screen.findByRole('dialog', { name: 'Zofia Nowak' })).toBeInTheDocument();
  });

  it('shows one doctor at a time when asked, and names the doctor in the card', async () => {
    const user = userEvent.setup();
    const other = { id: 'doc-2', name: 'Katarzyna', surname: 'Wiśniewska' };
    const mine = buildVisit({ id: 'mine', patient: { name: 'Ewa', surname: 'Mazur' } });
    const theirs = buildVisit({
      id: 'theirs',
      doctorId: other.id,
      addressId: regularAddress.id,
      start: '2026-11-25T10:00:00+01:00',
      end: '2026-11-25T10:30:00+01:00',
      patient: { name: 'Adam', surname: 'Krawczyk' },
    });
    answers = [json(200, buildAgenda({ doctors: [demoDoctor, other], visits: [mine, theirs] }))];
    render(<App />);

    await screen.findByText('Adam Krawczyk', {}, { timeout: 3000 });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Doctor' }),
      'Katarzyna Wiśniewska',
    );
    expect(screen.queryByText('Ewa Mazur')).toBeNull();

    await user.click(screen.getByText('Adam Krawczyk'));
    const card = await screen.findByRole('dialog', { name: 'Adam Krawczyk' });
    expect(within(card).getByText('Katarzyna Wiśniewska')).toBeInTheDocument();
  });

  it('opens the video call from the agenda block without opening the card', async () => {
    const user = userEvent.setup();
    const href = 'https://video.docplanner.example/room/from-agenda';
    const online = buildOnlineVisit({ id: 'online-2', video: { kind: 'link', href } });
    // 40 minutes before the visit (09:00 Warsaw): the join window is open.
    vi.setSystemTime(new Date('2026-11-24T07:20:00Z'));
    answers = [json(200, buildAgenda({ visits: [online] }))];
    // jsdom cannot open tabs: stop the navigation, keep the click.
    const stopNavigation = (event: MouseEvent) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    try {
      render(<App />);
      const block = await waitForBlock('online-2');
      const join = within(block).getByRole('link', { name: 'Join video call' });
      expect(join).toHaveAttribute('href', href);
      expect(join).toHaveAttribute('target', '_blank');

      await user.click(join);
      expect(screen.queryByRole('dialog')).toBeNull();

      await user.click(within(block).getByText('Anna Kowalska'));
      expect(await screen.findByRole('dialog', { name: 'Anna Kowalska' })).toBeInTheDocument();
    } finally {
      document.removeEventListener('click', stopNavigation);
    }
  });

  it('puts no link inside a button: the block is a button beside its join link, reachable by Tab', async () => {
    const user = userEvent.setup();
    vi.setSystemTime(new Date('2026-11-24T07:20:00Z'));
    const online = buildOnlineVisit({
      id: 'online-3',
      patient: { name: 'Zofia', surname: 'Nowak' },
    });
    answers = [json(200, buildAgenda({ visits: [online] }))];
    render(<App />);
    const block = await waitForBlock('online-3');

    // FullCalendar's event element is not a button of its own any more.
    expect(document.querySelector('.fc [role="button"] a, button a, a button')).toBeNull();
    expect(block.closest('[role="button"]')).toBeNull();
    const open = within(block).getByRole('button', { name: /^Zofia Nowak/ });
    const join = within(block).getByRole('link', { name: 'Join video call' });

    // Keyboard: Tab reaches the block's button, then its join link; Enter opens the card.
    open.focus();
    await user.tab();
    expect(join).toHaveFocus();
    open.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Zofia Nowak' })).toBeInTheDocument();
  });

  it('draws no stale visits in a week that failed to load, and Retry fills it', async () => {
    const user = userEvent.setup();
    // Monday of next week, early: inside the widened first answer, but not the whole next week.
    const earlyNextWeek = buildVisit({
      id: 'early-next-week',
      start: '2026-11-30T08:00:00+01:00',
      end: '2026-11-30T08:30:00+01:00',
    });
    answers = [
      json(200, buildAgenda({ visits: [buildVisit({ id: 'this-week' }), earlyNextWeek] })),
    ];
    render(<App />);
    await waitForBlock('this-week');

    answers = [refused];
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: the server did not answer.');
    expect(document.querySelector('[data-visit-id]')).toBeNull();

    answers = [json(200, buildAgenda({ visits: [earlyNextWeek] }))];
    await user.click(within(problem).getByRole('button', { name: 'Retry' }));
    await waitForBlock('early-next-week');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

async function waitForBlock(visitId: string): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const block = document.querySelector<HTMLElement>(`[data-visit-id="${visitId}"]`);
      if (!block) throw new Error(`no block for ${visitId} yet`);
      return block;
    },
    { timeout: 3000 },
  );
}
