// The payments board as reception reads it: counts per state, the badge's countdown, filters by
// state, doctor and day, and sorting (the board set up in board-setup.tsx).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  boardLoadersForEachTest,
  countOf,
  patientsInOrder,
  renderBoard,
  sortButton,
} from './board-setup.tsx';

boardLoadersForEachTest();

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
});
