// The payments board kept current: a refresh per row and for all, visits changing live, and the
// range picker (the board set up in board-setup.tsx).
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/shared/api/visit.ts';
import { boardLoadersForEachTest, countOf, loaders, prepaid, renderBoard } from './board-setup.tsx';

boardLoadersForEachTest();

describe('PaymentsBoard kept current', () => {
  it('refreshes one row from Docplanner and the counts follow', async () => {
    const user = userEvent.setup();
    const store = await renderBoard();
    const awaiting = store.getState().visits.get('awaiting') as Visit;
    loaders.reloadVisit.mockResolvedValue({ ...awaiting, visitPaymentStatus: 'successful' });

    await user.click(
      screen.getByRole('button', { name: 'Check payment of Awa Test with Docplanner' }),
    );

    expect(loaders.reloadVisit).toHaveBeenCalledWith('awaiting');
    const row = screen.getByText('Awa Test').closest('tr') as HTMLElement;
    expect(await within(row).findByText('Paid')).toBeInTheDocument();
    expect(countOf('Paid')).toBe('2');
    expect(countOf('Waiting for payment')).toBe('0');
  });

  it('says so in the row when the check fails, keeping what it knew', async () => {
    const user = userEvent.setup();
    await renderBoard();
    loaders.reloadVisit.mockRejectedValue(new TypeError('fetch failed'));

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
    loaders.loadAgenda.mockClear();

    await user.click(screen.getByRole('button', { name: 'Refresh all' }));

    expect(loaders.loadAgenda).toHaveBeenCalledTimes(1);
    const [range, , options] = loaders.loadAgenda.mock.calls[0] ?? [];
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
    loaders.loadAgenda.mockClear();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(loaders.loadAgenda.mock.calls[0]?.[0]).toEqual({
      from: '2026-11-30T00:00:00+01:00',
      to: '2026-12-07T00:00:00+01:00',
    });
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-30');
    await screen.findByText('Nina Test');

    loaders.loadAgenda.mockClear();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-03-01' } });
    expect(await screen.findByText('Pick at most 42 days at once.')).toBeInTheDocument();
    expect(loaders.loadAgenda).not.toHaveBeenCalled();
  });
});
