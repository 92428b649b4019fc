// The payment badge in every state the shared rule decides, with its icon and words (never colour
// alone) as reception says them, the live countdown and Docplanner's cancel time in the facility's
// zone, and the compact variant for calendar blocks.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPaymentWindow } from '../../../src/shared/domain/payment-window.ts';
import { PaymentBadge } from '../../../src/web/ui/PaymentBadge.tsx';
import { buildPrepaidVisit, demoTimeZone } from '../../fixtures/agenda.ts';

// Booked 13:02 Warsaw (12:02 UTC): the 90-minute window closes at 14:32 Warsaw.
const bookedAt = '2026-11-24T12:02:00Z';
const at = (iso: string) => Date.parse(iso);

function renderBadge(
  overrides: Parameters<typeof buildPrepaidVisit>[0],
  nowMs: number,
  compact = false,
) {
  const visit = buildPrepaidVisit({ bookedAt, ...overrides });
  return render(
    <PaymentBadge
      visit={visit}
      nowMs={nowMs}
      settings={defaultPaymentWindow}
      timeZone={demoTimeZone}
      compact={compact}
    />,
  );
}

function badge(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('.payment-badge');
  if (!element) throw new Error('no badge rendered');
  return element;
}

describe('PaymentBadge', () => {
  it('shows nothing for a visit without Docplanner payment', () => {
    const { container } = renderBadge({ visitPayment: false }, at('2026-11-24T12:10:00Z'));
    expect(container).toBeEmptyDOMElement();
  });

  it('awaiting: the minutes left, and when Docplanner cancels it in the facility zone', () => {
    const { container } = renderBadge({ visitPaymentStatus: 'new' }, at('2026-11-24T12:58:00Z'));
    expect(badge(container)).toHaveAttribute('data-payment-state', 'awaiting');
    expect(screen.getByText('Waiting for payment — 34 min left')).toBeInTheDocument();
    expect(
      screen.getByText('If unpaid, Docplanner cancels the visit at 14:32'),
    ).toBeInTheDocument();
    expect(badge(container).querySelector('.payment-icon--awaiting')).not.toBeNull();
  });

  it('counts down as now moves, rounding up to the deadline, over an hour as h and min', () => {
    const { rerender } = renderBadge({ visitPaymentStatus: null }, at('2026-11-24T12:07:30Z'));
    expect(screen.getByText('Waiting for payment — 1 h 25 min left')).toBeInTheDocument();
    const visit = buildPrepaidVisit({ bookedAt, visitPaymentStatus: null });
    const props = { visit, settings: defaultPaymentWindow, timeZone: demoTimeZone };
    rerender(<PaymentBadge {...props} nowMs={at('2026-11-24T13:31:01Z')} />);
    expect(screen.getByText('Waiting for payment — 1 min left')).toBeInTheDocument();
    rerender(<PaymentBadge {...props} nowMs={at('2026-11-24T13:31:30.500Z')} />);
    expect(screen.getByText('Waiting for payment — 1 min left')).toBeInTheDocument();
    rerender(<PaymentBadge {...props} nowMs={at('2026-11-24T13:00:00Z')} />);
    expect(screen.getByText('Waiting for payment — 32 min left')).toBeInTheDocument();
  });

  it('in progress: its own words, still with the countdown', () => {
    const { container } = renderBadge(
      { visitPaymentStatus: 'waiting_for_confirmation' },
      at('2026-11-24T13:22:00Z'),
    );
    expect(badge(container)).toHaveAttribute('data-payment-state', 'in-progress');
    expect(screen.getByText('Paying now — 10 min left')).toBeInTheDocument();
    expect(
      screen.getByText('If unpaid, Docplanner cancels the visit at 14:32'),
    ).toBeInTheDocument();
  });

  it('verifying: after the window, during the grace delay, says it is checking', () => {
    const { container } = renderBadge({ visitPaymentStatus: 'new' }, at('2026-11-24T13:34:00Z'));
    expect(badge(container)).toHaveAttribute('data-payment-state', 'verifying');
    expect(screen.getByText('Checking the payment with Docplanner')).toBeInTheDocument();
    expect(screen.getByText('The time to pay is over')).toBeInTheDocument();
    expect(screen.queryByText(/left$/)).toBeNull();
  });

  it('tells a confirmed payment from one Docplanner never confirmed after the time to pay', () => {
    const confirmed = renderBadge({ visitPaymentStatus: 'successful' }, at('2026-11-24T12:10:00Z'));
    expect(badge(confirmed.container)).toHaveAttribute('data-payment-state', 'paid-confirmed');
    expect(screen.getByText('Paid')).toBeInTheDocument();
    confirmed.unmount();

    const inferred = renderBadge({ visitPaymentStatus: 'new' }, at('2026-11-24T13:40:00Z'));
    expect(badge(inferred.container)).toHaveAttribute('data-payment-state', 'paid-window-passed');
    expect(screen.getByText('Payment not confirmed')).toBeInTheDocument();
    expect(
      screen.getByText('Docplanner did not cancel the visit, so it is most likely paid'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Paid')).toBeNull();
  });

  it.each([
    [{ visitPaymentStatus: 'failed' }, 'failed', 'Online payment failed'],
    [
      { visitPaymentStatus: 'new', status: 'canceled' },
      'cancelled-unpaid',
      'Not paid — visit cancelled',
    ],
    [{ visitPaymentStatus: 'canceled' }, 'cancelled-unpaid', 'Not paid — cancelled by Docplanner'],
    [{ visitPaymentStatus: 'refunded' }, 'refunded', 'Refunded'],
    [{ visitPaymentStatus: 'charged_back' }, 'refunded', 'Refunded'],
  ] as const)('%o → %s', (overrides, state, text) => {
    const { container } = renderBadge(overrides, at('2026-11-24T12:30:00Z'));
    expect(badge(container)).toHaveAttribute('data-payment-state', state);
    expect(screen.getByText(text)).toBeInTheDocument();
    // A shape of its own per state, so the badge reads without colour.
    expect(badge(container).querySelector(`.payment-icon--${state}`)).not.toBeNull();
  });

  it('failed online: tells reception to take payment at the desk, first of all once the patient is here', () => {
    const away = renderBadge({ visitPaymentStatus: 'failed' }, at('2026-11-24T12:30:00Z'));
    expect(
      screen.getByText('Take payment at the desk when the patient arrives'),
    ).toBeInTheDocument();
    away.unmount();

    const { container } = renderBadge(
      { visitPaymentStatus: 'failed', presence: 'present' },
      at('2026-11-24T12:30:00Z'),
    );
    expect(badge(container)).toHaveAttribute('data-payment-state', 'failed');
    expect(screen.getByText('Take payment at the desk')).toBeInTheDocument();
    expect(screen.getByText('The online payment failed')).toBeInTheDocument();
    expect(screen.queryByText('Online payment failed')).toBeNull();
  });

  it('says Docplanner cancelled an unpaid visit once the time to pay is over', () => {
    // Cancelled with the payment still open, after 14:32 Warsaw: Docplanner's own cancellation.
    renderBadge({ visitPaymentStatus: 'new', status: 'canceled' }, at('2026-11-24T13:40:00Z'));
    expect(screen.getByText('Not paid — cancelled by Docplanner')).toBeInTheDocument();
  });

  it('shows an unknown word as it came, without breaking', () => {
    const { container } = renderBadge(
      { visitPaymentStatus: 'partially_captured' },
      at('2026-11-24T12:30:00Z'),
    );
    expect(badge(container)).toHaveAttribute('data-payment-state', 'unknown');
    expect(screen.getByText('Payment status unknown: “partially_captured”')).toBeInTheDocument();
  });

  it('compact: short words on screen, the whole sentence for screen readers', () => {
    const { container } = renderBadge(
      { visitPaymentStatus: 'new' },
      at('2026-11-24T12:58:00Z'),
      true,
    );
    expect(badge(container)).toHaveClass('payment-badge--compact');
    expect(screen.getByText('Unpaid · 34 min')).toHaveAttribute('aria-hidden', 'true');
    expect(
      screen.getByText(
        'Waiting for payment — 34 min left. If unpaid, Docplanner cancels the visit at 14:32',
      ),
    ).toHaveClass('visually-hidden');
  });

  it('compact: the words are one piece the badge can drop whole, leaving a labelled icon', () => {
    const { container } = renderBadge(
      { visitPaymentStatus: 'new' },
      at('2026-11-24T12:58:00Z'),
      true,
    );
    // In a narrow or crowded block the CSS hides this piece whole (never "Unpa").
    const words = screen.getByText('Unpaid · 34 min');
    expect(words).toHaveClass('payment-badge__short');
    expect(words.parentElement).toBe(badge(container));
    // What the icon alone then stands for: the title on hover, the sentence for screen readers.
    expect(badge(container)).toHaveAttribute(
      'title',
      'Waiting for payment — 34 min left. If unpaid, Docplanner cancels the visit at 14:32',
    );
    expect(badge(container).querySelector('.payment-badge__icon')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('compact: where the short words are the whole sentence, one element says it to all', () => {
    const { container } = renderBadge(
      { visitPaymentStatus: 'successful' },
      at('2026-11-24T12:58:00Z'),
      true,
    );
    const words = screen.getByText('Paid');
    expect(words).toHaveClass('payment-badge__short');
    expect(words).not.toHaveAttribute('aria-hidden');
    expect(badge(container).querySelector('.visually-hidden')).toBeNull();
  });

  it('compact distinguishes the two ways of being paid as well', () => {
    renderBadge({ visitPaymentStatus: 'new' }, at('2026-11-24T13:40:00Z'), true);
    expect(screen.getByText('Not confirmed')).toBeInTheDocument();
  });
});
