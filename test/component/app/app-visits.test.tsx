// The whole page's agenda against a faked network (fake-network.ts): the week's visits drawn,
// online ones purple-classed, one doctor at a time, the video call from a block, and no stale
// visits in a week that failed to load.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/web/app/App.tsx';
import {
  buildAgenda,
  buildOnlineVisit,
  buildVisit,
  demoDoctor,
  regularAddress,
} from '../../fixtures/agenda.ts';
import { fakeNetworkForEachTest, json, network, refused, waitForBlock } from './fake-network.ts';

fakeNetworkForEachTest();

describe('the agenda page’s visits', () => {
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
    network.answers = [json(200, buildAgenda({ visits: [online, inPerson] }))];
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
    network.answers = [
      json(200, buildAgenda({ doctors: [demoDoctor, other], visits: [mine, theirs] })),
    ];
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
    network.answers = [json(200, buildAgenda({ visits: [online] }))];
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
    network.answers = [json(200, buildAgenda({ visits: [online] }))];
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
    network.answers = [
      json(200, buildAgenda({ visits: [buildVisit({ id: 'this-week' }), earlyNextWeek] })),
    ];
    render(<App />);
    await waitForBlock('this-week');

    network.answers = [refused];
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    const problem = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(problem).toHaveTextContent('Could not load the agenda: the server did not answer.');
    expect(document.querySelector('[data-visit-id]')).toBeNull();

    network.answers = [json(200, buildAgenda({ visits: [earlyNextWeek] }))];
    await user.click(within(problem).getByRole('button', { name: 'Retry' }));
    await waitForBlock('early-next-week');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
