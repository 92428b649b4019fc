// The visit card's states, as a doctor meets them: the way into the call, or why there is none;
// payment; cancelled visits; closing with Escape.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VisitCard } from '../../../src/web/features/visit-card/VisitCard.tsx';
import {
  buildOnlineVisit,
  buildVisit,
  demoTimeZone,
  onlineAddress,
  regularAddress,
} from '../../fixtures/agenda.ts';

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

  it('shows the raw payment status when the visit is paid through Docplanner', () => {
    const { dialog } = renderCard(buildVisit({ visitPayment: true, visitPaymentStatus: 'paid' }));
    expect(within(dialog).getByText('Payment: paid')).toBeInTheDocument();
  });

  it('shows "Payment: unknown" when Docplanner has not told the status yet', () => {
    const { dialog } = renderCard(buildVisit({ visitPayment: true, visitPaymentStatus: null }));
    expect(within(dialog).getByText('Payment: unknown')).toBeInTheDocument();
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
});
