// The payments board as reception uses it: counts per state, filters by state, doctor and day,
// sorting, a refresh per row and for all, a range picker, and visits changing live.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import type { Visit } from '../../../src/shared/api/visit.ts';
import { PaymentsBoard } from '../../../src/web/features/payments/PaymentsBoard.tsx';
import {
  createPaymentsStore,
  type LoadAgenda,
} from '../../../src/web/features/payments/payments-store.ts';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';
import {
  buildAgenda,
  buildPrepaidVisit,
  buildVisit,
  demoDoctor,
  onlineAddress,
} from '../../fixtures/agenda.ts';

// Wed 25 Nov 2026, 10:00 in Warsaw.
const nowMs = Date.parse('2026-11-25T09:00:00Z');
const secondDoctor = { id: 'doc-2', name: 'Zofia', surname: 'Adamska' };

const prepaid = (id: string, name: string, overrides: Partial<Visit> = {}) =>
  buildPrepaidVisit({ id, patient: { name, surname: 'Test' }, ...overrides });

function demoVisits(): Visit[] {
  return [
    // Booked 09:04 Warsaw: must pay by 10:34, 34 minutes from now.
    prepaid('awaiting', 'Awa', {
      start: '2026-11-26T08:00:00Z',
      end: '2026-11-26T08:30:00Z',
      bookedAt: '2026-11-25T08:04:00Z',
      visitPaymentStatus: 'new',
    }),
    prepaid('paying', 'Pat', {
      start: '2026-11-25T13:00:00Z',
      end: '2026-11-25T13:30:00Z',
      bookedAt: '2026-11-25T08:30:00Z',
      visitPaymentStatus: 'in_progress',
      addressId: onlineAddress.id,
    }),
    prepaid('paid', 'Paula', {
      start: '2026-11-24T08:00:00Z',
      end: '2026-11-24T08:30:00Z',
      visitPaymentStatus: 'successful',
      doctorId: secondDoctor.id,
    }),
    prepaid('inferred', 'Ina', {
      start: '2026-11-27T08:00:00Z',
      end: '2026-11-27T08:30:00Z',
      bookedAt: '2026-11-23T08:00:00Z',
      visitPaymentStatus: 'new',
      doctorId: secondDoctor.id,
    }),
    prepaid('unpaid', 'Una', {
      start: '2026-11-25T15:00:00Z',
      end: '2026-11-25T15:30:00Z',
      status: 'canceled',
      visitPaymentStatus: 'new',
    }),
    // Not on the board: no Docplanner payment; next week; moved away.
    buildVisit({ id: 'not-prepaid', start: '2026-11-25T10:00:00Z', end: '2026-11-25T10:30:00Z' }),
    prepaid('next-week', 'Nina', { start: '2026-12-01T08:00:00Z', end: '2026-12-01T08:30:00Z' }),
    prepaid('moved', 'Mo', { status: 'canceled', movedTo: 'paid' }),
  ];
}

let loadAgenda: ReturnType<typeof vi.fn<LoadAgenda>>;
let reloadVisit: ReturnType<typeof vi.fn<(id: string) => Promise<Visit>>>;

function agenda(visits = demoVisits()): Agenda {
  return buildAgenda({
    from: '2026-11-22T10:00:00Z',
    to: '2026-12-07T00:00:00Z',
    doctors: [demoDoctor, secondDoctor],
    visits,
  });
}

beforeEach(() => {
  loadAgenda = vi.fn<LoadAgenda>(async () => agenda());
  reloadVisit = vi.fn<(id: string) => Promise<Visit>>();
});

async function renderBoard() {
  const store = createPaymentsStore(loadAgenda, reloadVisit);
  const clock = createServerClock();
  clock.sync(new Date(nowMs).toISOString(), 1);
  render(<PaymentsBoard store={store} clock={clock} />);
  await screen.findByRole('table');
  return store;
}

/** The number on a count button, read from its accessible name (`2 Paid`, as it reads). */
function countOf(label: string): string {
  const region = screen.getByRole('region', { name: 'Payments by status' });
  const button = within(region).getByRole('button', {
    name: new RegExp(`^\\d+ ${escapeRegExp(label)}$`),
  });
  return button.textContent?.match(/^\d+/)?.[0] ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sortButton(name: string): HTMLElement {
  return within(screen.getByRole('table')).getByRole('button', { name });
}

function patientsInOrder(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.payments-table__patient')?.textContent ?? '');
}

describe('PaymentsBoard', () => {
  it("counts this week's prepaid visits per state, leaving out the rest", async () => {
    await renderBoard();

    expect(countOf('All prepaid')).toBe('5');
    expect(countOf('Waiting for payment')).toBe('1');
    expect(countOf('Paying now')).toBe('1');
    expect(countOf('Paid')).toBe('1');
    expect(countOf('Payment not confirmed')).toBe('1');
    expect(countOf('Not paid — cancelled')).toBe('1');
    expect(countOf('Online payment failed')).toBe('0');
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(screen.queryByText('Nina Test')).toBeNull();
    expect(screen.queryByText('Mo Test')).toBeNull();
  });

  it('shows the badge with its live countdown in each row', async () => {
    await renderBoard();
    const row = screen.getByText('Awa Test').closest('tr') as HTMLElement;
    expect(within(row).getByText('Waiting for payment — 34 min left')).toBeInTheDocument();
    expect(
      within(row).getByText('If unpaid, Docplanner cancels the visit at 10:34'),
    ).toBeInTheDocument();
    const paying = screen.getByText('Pat Test').closest('tr') as HTMLElement;
    expect(within(paying).getByText('Paying now — 1 h left')).toBeInTheDocument();
    const inferred = screen.getByText('Ina Test').closest('tr') as HTMLElement;
    expect(within(inferred).getByText('Payment not confirmed')).toBeInTheDocument();
    const unpaid = screen.getByText('Una Test').closest('tr') as HTMLElement;
    expect(within(unpaid).getByText('Not paid — cancelled by Docplanner')).toBeInTheDocument();
  });

  it('filters by state from the counts, by doctor and by day', async () => {
    const user = userEvent.setup();
    await renderBoard();

    await user.click(screen.getByRole('button', { name: /^\d+ Waiting for payment$/ }));
    expect(screen.getByRole('button', { name: /^\d+ Waiting for payment$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(patientsInOrder()).toEqual(['Awa Test']);
    await user.click(screen.getByRole('button', { name: /^\d+ Not paid — cancelled$/ }));
    expect(patientsInOrder()).toEqual(['Una Test', 'Awa Test']);

    await user.click(screen.getByRole('button', { name: /^\d+ All prepaid$/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Doctor' }), 'Zofia Adamska');
    expect(patientsInOrder()).toEqual(['Paula Test', 'Ina Test']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Doctor' }), 'All doctors');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day' }), 'Wed 25 Nov');
    expect(patientsInOrder()).toEqual(['Pat Test', 'Una Test']);
    expect(screen.getByText('2 of 5 prepaid visits')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(patientsInOrder()).toHaveLength(5);
  });

  it('sorts by date, by state (most urgent first) and by doctor, both ways', async () => {
    const user = userEvent.setup();
    await renderBoard();
    expect(patientsInOrder()).toEqual([
      'Paula Test',
      'Pat Test',
      'Una Test',
      'Awa Test',
      'Ina Test',
    ]);

    await user.click(sortButton('Payment'));
    expect(patientsInOrder()).toEqual([
      'Awa Test',
      'Pat Test',
      'Una Test',
      'Ina Test',
      'Paula Test',
    ]);
    expect(screen.getByRole('columnheader', { name: /Payment/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(sortButton('Payment'));
    expect(patientsInOrder()).toEqual([
      'Paula Test',
      'Ina Test',
      'Una Test',
      'Pat Test',
      'Awa Test',
    ]);

    await user.click(sortButton('Doctor'));
    expect(patientsInOrder()).toEqual([
      'Pat Test',
      'Una Test',
      'Awa Test',
      'Paula Test',
      'Ina Test',
    ]);
  });

  it('refreshes one row from Docplanner and the counts follow', async () => {
    const user = userEvent.setup();
    const store = await renderBoard();
    const awaiting = store.getState().visits.get('awaiting') as Visit;
    reloadVisit.mockResolvedValue({ ...awaiting, visitPaymentStatus: 'successful' });

    await user.click(
      screen.getByRole('button', { name: 'Check payment of Awa Test with Docplanner' }),
    );

    expect(reloadVisit).toHaveBeenCalledWith('awaiting');
    const row = screen.getByText('Awa Test').closest('tr') as HTMLElement;
    expect(await within(row).findByText('Paid')).toBeInTheDocument();
    expect(countOf('Paid')).toBe('2');
    expect(countOf('Waiting for payment')).toBe('0');
  });

  it('says so in the row when the check fails, keeping what it knew', async () => {
    const user = userEvent.setup();
    await renderBoard();
    reloadVisit.mockRejectedValue(new TypeError('fetch failed'));

    await user.click(
      screen.getByRole('button', { name: 'Check payment of Pat Test with Docplanner' }),
    );

    const row = screen.getByText('Pat Test').closest('tr') as HTMLElement;
    expect(await within(row).findByRole('alert')).toHaveTextContent(
      'Could not check with Docplanner: the server did not answer.',
    );
    expect(within(row).getByText('Paying now — 1 h left')).toBeInTheDocument();
  });

  it('"Refresh all" re-reads the range from Docplanner', async () => {
    const user = userEvent.setup();
    await renderBoard();
    loadAgenda.mockClear();

    await user.click(screen.getByRole('button', { name: 'Refresh all' }));

    expect(loadAgenda).toHaveBeenCalledTimes(1);
    const [range, , options] = loadAgenda.mock.calls[0] ?? [];
    expect(options).toEqual({ refresh: true });
    expect(range).toEqual({ from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' });
  });

  it('follows live changes: a payment arriving, a cancel, a new prepaid booking', async () => {
    const store = await renderBoard();
    const paying = store.getState().visits.get('paying') as Visit;

    act(() => store.getState().applyVisit({ ...paying, visitPaymentStatus: 'paid' }));
    expect(countOf('Paid')).toBe('2');

    act(() =>
      store.getState().applyVisit(
        prepaid('fresh', 'Fresh', {
          start: '2026-11-26T10:00:00Z',
          end: '2026-11-26T10:30:00Z',
          bookedAt: '2026-11-25T08:59:00Z',
        }),
      ),
    );
    expect(countOf('All prepaid')).toBe('6');
    expect(countOf('Waiting for payment')).toBe('2');
    // Outside the range: not on the board.
    act(() =>
      store.getState().applyVisit(prepaid('far', 'Far', { start: '2027-01-05T08:00:00Z' })),
    );
    expect(countOf('All prepaid')).toBe('6');
  });

  it('moves a week forward with the range picker, and refuses more than 42 days', async () => {
    const user = userEvent.setup();
    await renderBoard();
    loadAgenda.mockClear();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(loadAgenda.mock.calls[0]?.[0]).toEqual({
      from: '2026-11-30T00:00:00+01:00',
      to: '2026-12-07T00:00:00+01:00',
    });
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-30');
    await screen.findByText('Nina Test');

    loadAgenda.mockClear();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-03-01' } });
    expect(await screen.findByText('Pick at most 42 days at once.')).toBeInTheDocument();
    expect(loadAgenda).not.toHaveBeenCalled();
  });
});
