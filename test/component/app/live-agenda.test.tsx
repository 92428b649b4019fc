// The open agenda follows the live stream without a reload: a new visit appears, a changed one
// is redrawn, the old half of a move disappears, a reset reloads; the header says whether the
// page is live. Requests go through the real api client; the stream is a fake EventSource.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../../src/shared/api/agenda.ts';
import { App } from '../../../src/web/app/App.tsx';
import { buildAgenda, buildOnlineVisit, buildVisit } from '../../fixtures/agenda.ts';
import { FakeLiveSource } from '../live-source.ts';

// Counts how often a patient's name is worked out: once per block render (and per new event).
const namesWorkedOut = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/web/lib/visit-text.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/web/lib/visit-text.ts')>();
  return {
    ...original,
    patientName: (visit: Parameters<typeof original.patientName>[0]) => {
      namesWorkedOut.count += 1;
      return original.patientName(visit);
    },
  };
});

let agendas: Agenda[] = [];
let agendaRequests = 0;

function answer(body: unknown): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );
}

beforeEach(() => {
  localStorage.clear();
  FakeLiveSource.opened = [];
  agendaRequests = 0;
  vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/api/agenda')) {
        const next = agendas[Math.min(agendaRequests, agendas.length - 1)];
        agendaRequests += 1;
        return answer(next);
      }
      return Promise.reject(new TypeError('fetch failed'));
    }),
  );
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function block(visitId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-visit-id="${visitId}"]`);
}

async function openAgenda(agenda: Agenda): Promise<FakeLiveSource> {
  agendas = [agenda];
  render(<App openLiveSource={FakeLiveSource.open} />);
  await screen.findAllByText('Anna Kowalska', {}, { timeout: 3000 });
  const source = FakeLiveSource.last();
  act(() => source.connect());
  return source;
}

describe('the live agenda', () => {
  it('opens the stream at the agenda cursor and says Live', async () => {
    const source = await openAgenda(buildAgenda({ liveCursor: 12 }));
    expect(source.url).toBe('/api/live?since=12');
    expect(screen.getByText('Live')).toBeInTheDocument();
  });

  it('draws a new visit, redraws a changed one, and hides the old half of a move', async () => {
    const first = buildVisit({ id: 'first' });
    const source = await openAgenda(buildAgenda({ visits: [first], liveCursor: 5 }));

    const booked = buildOnlineVisit({
      id: 'booked-live',
      start: '2026-11-25T10:00:00+01:00',
      end: '2026-11-25T10:30:00+01:00',
      patient: { name: 'Zofia', surname: 'Nowak' },
    });
    act(() => source.emit('visit', { visit: booked }, 6));
    expect(await screen.findByText('Zofia Nowak')).toBeInTheDocument();
    expect(block('booked-live')?.closest('.visit')).toHaveClass('visit--online');

    act(() => source.emit('visit', { visit: { ...booked, status: 'canceled' } }, 7));
    await vi.waitFor(() =>
      expect(block('booked-live')?.closest('.visit')).toHaveClass('visit--cancelled'),
    );

    const movedAway = { ...first, status: 'canceled', movedTo: 'first-moved' };
    const movedHere = {
      ...first,
      id: 'first-moved',
      start: '2026-11-26T12:00:00+01:00',
      end: '2026-11-26T12:30:00+01:00',
    };
    act(() => {
      source.emit('visit', { visit: movedAway }, 8);
      source.emit('visit', { visit: movedHere }, 9);
    });
    await vi.waitFor(() => expect(block('first')).toBeNull());
    expect(block('first-moved')).not.toBeNull();
    // One request for the whole story: nothing was reloaded.
    expect(agendaRequests).toBe(1);
  });

  it('leaves every other block alone when one visit changes', async () => {
    const others = Array.from({ length: 40 }, (_, index) =>
      buildVisit({
        id: `other-${index}`,
        start: `2026-11-2${3 + (index % 5)}T${String(8 + Math.floor(index / 5)).padStart(2, '0')}:00:00+01:00`,
        end: `2026-11-2${3 + (index % 5)}T${String(8 + Math.floor(index / 5)).padStart(2, '0')}:30:00+01:00`,
      }),
    );
    const changing = buildVisit({
      id: 'changing',
      start: '2026-11-28T10:00:00+01:00',
      end: '2026-11-28T10:30:00+01:00',
      patient: { name: 'Ewa', surname: 'Mazur' },
    });
    const source = await openAgenda(buildAgenda({ visits: [...others, changing], liveCursor: 1 }));
    const before = others.map((visit) => block(visit.id));
    expect(before.every((node) => node !== null)).toBe(true);
    namesWorkedOut.count = 0;

    act(() =>
      source.emit(
        'visit',
        { visit: { ...changing, patient: { ...changing.patient, name: 'Eva' } } },
        2,
      ),
    );
    expect(await screen.findByText('Eva Mazur')).toBeInTheDocument();
    // The same DOM nodes, and only the changed block rendered again (its event, its block).
    expect(others.map((visit) => block(visit.id))).toEqual(before);
    expect(namesWorkedOut.count).toBeLessThanOrEqual(4);
  });

  it('ignores a change the agenda already holds', async () => {
    const first = buildVisit({ id: 'first' });
    const source = await openAgenda(buildAgenda({ visits: [first], liveCursor: 20 }));
    act(() =>
      source.emit('visit', { visit: { ...first, patient: { ...first.patient, name: 'Old' } } }, 19),
    );
    expect(screen.getByText('Anna Kowalska')).toBeInTheDocument();
    expect(screen.queryByText('Old Kowalska')).toBeNull();
  });

  it('reloads the agenda on reset and resumes from its new cursor', async () => {
    const source = await openAgenda(buildAgenda({ liveCursor: 3 }));
    agendas = [
      buildAgenda({
        visits: [buildVisit({ id: 'after-reset', patient: { name: 'Jan', surname: 'Nowak' } })],
        liveCursor: 250,
      }),
    ];
    agendaRequests = 0;
    act(() =>
      source.emit('reset', { reason: 'The changes since your last visit are no longer kept.' }),
    );
    expect(await screen.findByText('Jan Nowak', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(agendaRequests).toBe(1);
    await vi.waitFor(() => expect(FakeLiveSource.last().url).toBe('/api/live?since=250'));
  });

  it('says Reconnecting…, then Offline since … with when the data was last updated', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2026-11-24T13:00:00Z'));
    const source = await openAgenda(buildAgenda({ fetchedAt: '2026-11-24T14:00:00+01:00' }));
    expect(screen.getByText('Live')).toBeInTheDocument();
    // Last heard at 14:01 Warsaw time; the stream breaks at 14:02.
    act(() => {
      vi.setSystemTime(new Date('2026-11-24T13:01:00Z'));
      source.emit('heartbeat', { at: '2026-11-24T13:01:00.000Z', speed: 1 });
      vi.setSystemTime(new Date('2026-11-24T13:02:00Z'));
    });

    act(() => source.fail());
    expect(screen.getByText('Reconnecting…')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(screen.getByText('Offline since 14:02 · last updated 14:01')).toBeInTheDocument();

    act(() => source.connect());
    expect(screen.getByText('Live')).toBeInTheDocument();
  });
});
