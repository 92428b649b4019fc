// The board lives at #/payments and nowhere else; the header link leads there.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaymentsLink, PaymentsRoute } from '../../../src/web/features/payments/PaymentsRoute.tsx';

afterEach(() => {
  window.location.hash = '';
  vi.unstubAllGlobals();
});

describe('PaymentsRoute', () => {
  it('shows the board only while the address is #/payments', async () => {
    // The board asks for the agenda as soon as it opens; here it gets no answer.
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    render(<PaymentsRoute />);
    expect(screen.queryByRole('heading', { name: 'Payments' })).toBeNull();

    act(() => {
      window.location.hash = '#/payments';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    // The board's code is a chunk of its own: the first time, a spinner says it is on its way.
    expect(screen.getByRole('status')).toHaveTextContent('Opening the payments board…');
    expect(await screen.findByRole('heading', { name: 'Payments' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Agenda' })).toHaveAttribute('href', '#/');

    act(() => {
      window.location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.queryByRole('heading', { name: 'Payments' })).toBeNull();
  });

  it('links to the board', () => {
    render(<PaymentsLink />);
    expect(screen.getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '#/payments');
  });
});
