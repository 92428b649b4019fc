// The payments board the payments-board tests render: Wednesday 25 November's prepaid visits
// of two doctors, the board's loaders as mocks fresh for each test, and readers of the board.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, vi } from 'vitest';
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
export const nowMs = Date.parse('2026-11-25T09:00:00Z');
export const secondDoctor = { id: 'doc-2', name: 'Zofia', surname: 'Adamska' };

export const prepaid = (id: string, name: string, overrides: Partial<Visit> = {}) =>
  buildPrepaidVisit({ id, patient: { name, surname: 'Test' }, ...overrides });

export function demoVisits(): Visit[] {
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

/** The board's loaders, new mocks for each test of a file that calls boardLoadersForEachTest(). */
export const loaders = {
  loadAgenda: vi.fn<LoadAgenda>(),
  reloadVisit: vi.fn<(id: string) => Promise<Visit>>(),
};

export function agenda(visits = demoVisits()): Agenda {
  return buildAgenda({
    from: '2026-11-22T10:00:00Z',
    to: '2026-12-07T00:00:00Z',
    doctors: [demoDoctor, secondDoctor],
    visits,
  });
}

export function boardLoadersForEachTest() {
  beforeEach(() => {
    loaders.loadAgenda = vi.fn<LoadAgenda>(async () => agenda());
    loaders.reloadVisit = vi.fn<(id: string) => Promise<Visit>>();
  });
}

export async function renderBoard() {
  const store = createPaymentsStore(loaders.loadAgenda, loaders.reloadVisit);
  const clock = createServerClock();
  clock.sync(new Date(nowMs).toISOString(), 1);
  render(<PaymentsBoard store={store} clock={clock} />);
  await screen.findByRole('table');
  return store;
}

/** The number on a count button, read from its accessible name (`2 Paid`, as it reads). */
export function countOf(label: string): string {
  const region = screen.getByRole('region', { name: 'Payments by status' });
  const button = within(region).getByRole('button', {
    name: new RegExp(`^\\d+ ${escapeRegExp(label)}$`),
  });
  return button.textContent?.match(/^\d+/)?.[0] ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function sortButton(name: string): HTMLElement {
  return within(screen.getByRole('table')).getByRole('button', { name });
}

export function patientsInOrder(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.payments-table__patient')?.textContent ?? '');
}
