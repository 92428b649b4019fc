// The visit card's states, as a doctor meets them: the way into the call, or why there is none;
// payment; cancelled visits; closing with Escape.

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VisitCard } from '../../../src/web/features/visit-card/VisitCard.tsx';
import { catalog as enCatalog } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import {
  buildOnlineVisit,
  buildVisit,
  demoTimeZone,
  onlineAddress,
  regularAddress,
} from '../../fixtures/agenda.ts';

afterEach(() => {
  vi.useRealTimers();
});

function renderCard(visit = buildVisit(), address = regularAddress) {
  const onClose = vi.fn();
  render(<VisitCard visit={visit} address={address} timeZone={demoTimeZone} onClose={onClose} />);
  return { onClose, dialog: screen.getByRole('dialog') };
}

describe('VisitCard', () => {
  it('is a dialog named by the patient, with service, time in the facility zone and address', () => {
    const visit = buildVisit({
      patient: { name: 'Abraham', surname: 'Lincoln' },
      start: '2026-11-24T08:00:00Z',
      end: '2026-11-24T08:30:00Z',
      service: { id: 's1', name: 'Biopsja nerki', dictionaryId: null },
    });
    const { dialog } = renderCard(visit);

    expect(screen.getByRole('dialog', { name: 'Abraham Lincoln' })).toBe(dialog);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText('Biopsja nerki')).toBeInTheDocument();
    // 08:00 UTC is 09:00 in Warsaw in November, whatever zone the test machine runs in.
    expect(within(dialog).getByText('Tue, 24 Nov 2026, 09:00–09:30')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Medical Clinic "Test" — Kolejowa 5, Warszawa'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Booked')).toBeInTheDocument();
    expect(within(dialog).getByText('In-person visit')).toBeInTheDocument();
  });

  it('offers "Join video call" opening the link in a new tab when the visit has one', () => {
    // 30 minutes before the 09:00 (Warsaw) visit: inside the join window.
    vi.setSystemTime(new Date('2026-11-24T07:30:00Z'));
    const href = 'https://video.docplanner.example/room/xyz';
    const { dialog } = renderCard(
      buildOnlineVisit({ video: { kind: 'link', href } }),
      onlineAddress,
    );

    const join = within(dialog).getByRole('link', { name: 'Join video call' });
    expect(join).toHaveAttribute('href', href);
    expect(join).toHaveAttribute('target', '_blank');
    expect(join.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
    expect(within(dialog).getByText('Online visit')).toBeInTheDocument();
  });

  it('says "Video link unavailable" and links nowhere when the link was refused', () => {
    const visit = buildOnlineVisit({
      video: { kind: 'unavailable', reason: 'scheme javascript: is not allowed' },
    });
    const { dialog } = renderCard(visit, onlineAddress);

    expect(within(dialog).getByText('Video link unavailable')).toBeInTheDocument();
    expect(within(dialog).queryByRole('link', { name: /join video call/i })).toBeNull();
    expect(dialog.querySelector('a[href*="javascript"]')).toBeNull();
  });

  it('has no video section for a visit without video', () => {
    const { dialog } = renderCard(buildVisit({ video: null }));
    expect(within(dialog).queryByText(/video/i)).toBeNull();
  });

  it('shows the payment badge of the shared rule when the visit is paid through Docplanner', () => {
    const { dialog } = renderCard(buildVisit({ visitPayment: true, visitPaymentStatus: 'paid' }));
    expect(dialog.querySelector('[data-payment-state]')).toHaveAttribute(
      'data-payment-state',
      'paid-confirmed',
    );
  });

  it('shows the payment as awaited inside the payment window when Docplanner has not said yet', () => {
    // Booked at 14:38 on 20 Nov (Warsaw); ten minutes later the patient may still pay.
    vi.setSystemTime(new Date('2026-11-20T13:48:19Z'));
    const { dialog } = renderCard(buildVisit({ visitPayment: true, visitPaymentStatus: null }));
    expect(dialog.querySelector('[data-payment-state]')).toHaveAttribute(
      'data-payment-state',
      'awaiting',
    );
  });

  it('shows no payment badge when the visit is not paid online', () => {
    const { dialog } = renderCard(buildVisit({ visitPayment: false, visitPaymentStatus: null }));
    expect(within(dialog).queryByText(/payment/i)).toBeNull();
  });

  it('marks a cancelled visit and offers no call for it', () => {
    const visit = buildOnlineVisit({ status: 'canceled' });
    const { dialog } = renderCard(visit, onlineAddress);

    expect(within(dialog).getAllByText('Cancelled').length).toBeGreaterThan(0);
    expect(within(dialog).queryByRole('link', { name: 'Join video call' })).toBeNull();
    expect(within(dialog).getByText(/Cancelled — no video call/)).toBeInTheDocument();
  });

  it('moves focus into the dialog and closes on Escape', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderCard();

    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes with its Close button', async () => {
    const user = userEvent.setup();
    const { onClose, dialog } = renderCard();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the visit history as a timeline, oldest first', async () => {
    const loadHistory = vi.fn(async (visitId: string) => ({
      visitId,
      entries: [
        {
          event: 'slot-booked',
          occurredAt: '2026-11-20T13:38:19Z',
          summary: 'Booked on Docplanner',
        },
        {
          event: 'booking-moved',
          occurredAt: '2026-11-21T09:00:00Z',
          summary: 'Moved to Tue 24 Nov, 09:00',
        },
      ],
    }));
    const visit = buildVisit({ id: 'with-history' });
    render(
      <VisitCard
        visit={visit}
        address={regularAddress}
        timeZone={demoTimeZone}
        onClose={() => {}}
        loadHistory={loadHistory}
      />,
    );
    const timeline = await screen.findByRole('list');
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('Booked');
    expect(entries[0]).toHaveTextContent('Fri, 20 Nov 2026, 14:38');
    expect(entries[1]).toHaveTextContent('Moved to Tue 24 Nov, 09:00');
    expect(loadHistory).toHaveBeenCalledWith('with-history', expect.any(AbortSignal));
  });

  it('words each history line in the page’s language from its facts; an old line keeps its words', async () => {
    const loadHistory = vi.fn(async (visitId: string) => ({
      visitId,
      entries: [
        {
          event: 'slot-booked',
          occurredAt: '2026-11-20T13:38:19Z',
          summary: 'server words: booked',
          facts: { kind: 'booked' as const, actor: 'user', start: '2026-11-24T09:00:00+01:00' },
        },
        {
          event: 'booking-payment-status-changed',
          occurredAt: '2026-11-20T13:50:00Z',
          summary: 'server words: payment',
          facts: {
            kind: 'payment' as const,
            paymentFrom: 'waiting_for_confirmation',
            paymentTo: 'paid',
          },
        },
        {
          event: 'booking-canceled',
          occurredAt: '2026-11-22T08:00:00Z',
          summary: 'server words: cancelled',
          facts: { kind: 'cancelled' as const, staff: 'Ewa', reason: 'Doctor ill' },
        },
        { event: 'booking-confirmed', occurredAt: '2026-11-21T08:00:00Z', summary: 'Confirmed' },
      ],
    }));
    const show = async () => {
      render(
        <VisitCard
          visit={buildVisit({ id: 'worded' })}
          address={regularAddress}
          timeZone={demoTimeZone}
          onClose={() => {}}
          loadHistory={loadHistory}
        />,
      );
      return within(await screen.findByRole('list')).getAllByRole('listitem');
    };
    let entries = await show();
    expect(entries[0]).toHaveTextContent('Booked by the patient for Tue 24 Nov, 09:00');
    expect(entries[1]).toHaveTextContent('Payment: waiting for payment → paid');
    expect(entries[2]).toHaveTextContent('Cancelled by Ewa — “Doctor ill” (sent to the patient)');
    cleanup();

    setCatalog('pl', (await import('../../../src/web/lib/i18n/catalogs/pl/index.ts')).catalog);
    try {
      entries = await show();
      expect(entries[0]).toHaveTextContent('Zarezerwował pacjent na wt., 24 lis, 09:00');
      expect(entries[1]).toHaveTextContent('Płatność: czeka na płatność → opłacona');
      expect(entries[2]).toHaveTextContent(
        'Odwołana przez: Ewa — „Doctor ill” (wysłano pacjentowi)',
      );
      expect(screen.queryByText(/server words/)).toBeNull();
      // Kept before facts were written: the server's words, as they are.
      expect(entries[3]).toHaveTextContent('Confirmed');
    } finally {
      setCatalog('en', enCatalog);
    }
  });

  it('says when the history could not be loaded', async () => {
    const loadHistory = vi.fn(() => Promise.reject(new TypeError('fetch failed')));
    render(
      <VisitCard
        visit={buildVisit()}
        address={regularAddress}
        timeZone={demoTimeZone}
        onClose={() => {}}
        loadHistory={loadHistory}
      />,
    );
    expect(
      await screen.findByText('Could not load the history: the server did not answer'),
    ).toBeInTheDocument();
  });
});
