// The day sheet as reception and doctors see it before printing: the day read for the clinic's
// midnight to midnight, a table in time order in plain words, cancelled visits struck, the CSV
// link and Print; every doctor's sheet when no doctor is chosen; clear words when it fails. (The
// agenda's entry to it: day-sheet-entry.test.tsx.)
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import type { ClinicDay } from '../../../src/shared/domain/clinic-day.ts';
import { DaySheetScreen } from '../../../src/web/features/day-sheet/DaySheetScreen.tsx';
import { ApiRequestError } from '../../../src/web/lib/api-client.ts';
import { applySettings, resetSettings } from '../../../src/web/lib/settings.ts';
import { buildSettings, buildVisit, demoDoctor } from '../../fixtures/agenda.ts';
import { secondAddress, secondDoctor, tuesday } from './tuesday.ts';

let loadDay: ReturnType<typeof vi.fn<(day: ClinicDay, signal: AbortSignal) => Promise<Agenda>>>;

beforeEach(() => {
  // 07:45 on Tuesday in Warsaw, on the server's clock.
  applySettings(buildSettings('2026-11-24T06:45:00.000Z'));
  loadDay = vi.fn(async () => tuesday());
});
afterEach(() => resetSettings());

function rowTexts(sheet: HTMLElement): string[][] {
  return within(sheet)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

/** The Day sheet page of Tuesday 24 November for one doctor (`null`: every doctor). */
function renderSheetOfTuesday(doctorId: string | null, print = vi.fn()) {
  render(
    <DaySheetScreen place={{ date: '2026-11-24', doctorId }} loadDay={loadDay} print={print} />,
  );
}

describe('the day sheet', () => {
  it("reads the clinic's day and shows the doctor's visits in time order, in plain words", async () => {
    const print = vi.fn();
    renderSheetOfTuesday(demoDoctor.id, print);
    const sheet = await screen.findByRole('article', { name: 'Henryk Mikulski' });
    expect(loadDay).toHaveBeenCalledTimes(1);
    expect(loadDay.mock.calls[0]?.[0]).toEqual({
      from: '2026-11-24T00:00:00+01:00',
      to: '2026-11-25T00:00:00+01:00',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /Day sheet · Tuesday,? 24 November 2026/,
    );
    expect(within(sheet).getByText(/^Tuesday,? 24 November 2026$/)).toBeInTheDocument();
    const addresses = within(sheet).getByRole('list', { name: 'Addresses' });
    expect(
      within(addresses)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Medical Clinic "Test", Kolejowa 5, Warszawa',
      'Medical Clinic "Test" online (online visits)',
    ]);
    expect(within(sheet).getByText('3 visits · 1 online · 1 cancelled')).toBeInTheDocument();
    expect(
      within(sheet).getByText('Printed 24 Nov 2026, 07:45, Central European Time (CET)'),
    ).toBeInTheDocument();
    expect(within(sheet).getByText('Sandbox data — not real patients.')).toBeInTheDocument();

    const headers = within(sheet)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Time',
      'Patient',
      'Visit',
      'Payment',
      'Confirmation',
      'Attendance',
      'Notes',
    ]);
    expect(rowTexts(sheet)).toEqual([
      [
        '08:00–08:20',
        'Zofia Wiśniewska',
        'Online consultationOnline (video)',
        'Paid online',
        'Not confirmed',
        '',
        '',
      ],
      [
        '09:00–09:30',
        'Ewa Lis+48123123123',
        'Regular visitIn person',
        'Not prepaid',
        'Not confirmed',
        'No-show',
        '',
      ],
      [
        '11:00–11:30',
        'Adam Nowicki+48123123123',
        'CancelledRegular visitIn person',
        'Not prepaid',
        '',
        '',
        '',
      ],
      [
        '15:00–15:30',
        'Jan Nowak+48600100200',
        'Regular visitIn person',
        'Not prepaid',
        'Confirmed',
        'Arrived',
        'Needs the lift\nBring results',
      ],
    ]);
    const cancelledRow = within(sheet).getByText('Adam Nowicki').closest('tr');
    expect(cancelledRow).toHaveClass('day-sheet__row--cancelled');
    expect(within(sheet).getByText('Jan Nowak').closest('tr')).not.toHaveClass(
      'day-sheet__row--cancelled',
    );

    expect(within(sheet).getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/day-sheet.csv?doctorId=doc-1&date=2026-11-24',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: '← Agenda' })).toHaveAttribute('href', '#/');
  });

  it('says on paper what reception must know about each prepaid visit', async () => {
    const prepaid = (id: string, hour: string, overrides: Parameters<typeof buildVisit>[0]) =>
      buildVisit({
        id,
        start: `2026-11-24T${hour}:00+01:00`,
        end: `2026-11-24T${hour}:30+01:00`,
        visitPayment: true,
        ...overrides,
      });
    loadDay.mockResolvedValue({
      ...tuesday(),
      visits: [
        // Booked 07:30 Warsaw, 15 minutes ago: Docplanner cancels it at 09:00 if unpaid.
        prepaid('waiting', '10:00', {
          bookedAt: '2026-11-24T07:30:00+01:00',
          visitPaymentStatus: 'new',
        }),
        prepaid('failed-here', '11:00', { visitPaymentStatus: 'failed', presence: 'present' }),
        prepaid('never-confirmed', '12:00', {
          bookedAt: '2026-11-23T10:00:00+01:00',
          visitPaymentStatus: null,
        }),
        prepaid('refunded', '13:00', { visitPaymentStatus: 'refunded' }),
      ],
    });
    renderSheetOfTuesday(demoDoctor.id);
    const sheet = await screen.findByRole('article', { name: 'Henryk Mikulski' });
    expect(rowTexts(sheet).map((cells) => cells[3])).toEqual([
      'Waiting for payment (until 09:00)',
      'Take payment at the desk. The online payment failed',
      'Payment not confirmed. Docplanner did not cancel the visit, so it is most likely paid',
      'Refunded',
    ]);
  });

  it('says when the doctor has no visits that day, and still prints their page', async () => {
    renderSheetOfTuesday(secondDoctor.id);
    const sheet = await screen.findByRole('article', { name: 'Zofia Adamska' });
    expect(within(sheet).getByText('No visits this day.')).toBeInTheDocument();
    expect(within(sheet).getByText('0 visits')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
  });

  it('makes a sheet per doctor who works that day when every doctor is shown', async () => {
    loadDay.mockResolvedValue({
      ...tuesday(),
      visits: [
        ...tuesday().visits,
        buildVisit({ id: 'zofia', doctorId: secondDoctor.id, addressId: secondAddress.id }),
      ],
    });
    renderSheetOfTuesday(null);
    const sheets = await screen.findAllByRole('article');
    expect(sheets.map((sheet) => within(sheet).getByRole('heading').textContent)).toEqual([
      'Henryk Mikulski',
      'Zofia Adamska',
    ]);
    expect(within(sheets[1]!).getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/day-sheet.csv?doctorId=doc-2&date=2026-11-24',
    );
  });

  it('leaves out doctors without visits, and says so when nobody works that day', async () => {
    loadDay.mockResolvedValue({ ...tuesday(), visits: [] });
    renderSheetOfTuesday(null);
    expect(
      await screen.findByText(/^No doctor has visits on Tuesday,? 24 November 2026\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
  });

  it('says what went wrong, and reads the day again on Try again', async () => {
    loadDay.mockRejectedValueOnce(
      new ApiRequestError('the server did not answer', { kind: 'unreachable' }),
    );
    renderSheetOfTuesday(demoDoctor.id);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this day: the server did not answer.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Henryk Mikulski' })).toBeInTheDocument();
    expect(loadDay).toHaveBeenCalledTimes(2);
  });

  it('says so when the address names no real day', () => {
    render(
      <DaySheetScreen place={{ date: null, doctorId: null }} loadDay={loadDay} print={vi.fn()} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/does not name a day/);
    expect(loadDay).not.toHaveBeenCalled();
  });

  it('says when Docplanner did not answer and the paper shows older data', async () => {
    loadDay.mockResolvedValue({
      ...tuesday(),
      dataSource: 'docplanner',
      sync: {
        stale: true,
        syncedAt: '2026-11-24T06:02:00Z',
        message: 'Docplanner did not answer; showing data from 07:02. Try again in a moment.',
      },
    });
    renderSheetOfTuesday(demoDoctor.id);
    const sheet = await screen.findByRole('article', { name: 'Henryk Mikulski' });
    // In the page's words, with the time of the data on the clinic's clock.
    expect(
      within(sheet).getByText(
        'Docplanner did not answer; showing data from 07:02. Later changes may be missing.',
      ),
    ).toBeInTheDocument();
    expect(within(sheet).queryByText(/Sandbox/)).not.toBeInTheDocument();
  });
});
