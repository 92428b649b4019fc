// Acting on a visit from its card and moving it to another free time: the words in the page's
// language, the free times grouped by the clinic's day (on its clock, not the browser's), a
// cancellation asked first in plain words, and Docplanner's refusal said after what did not happen.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/shared/i18n/locales.ts';
import { MoveVisitDialog } from '../../../src/web/features/visit-actions/MoveVisitDialog.tsx';
import { VisitActions } from '../../../src/web/features/visit-actions/VisitActions.tsx';
import { setCsrfToken } from '../../../src/web/lib/csrf.ts';
import type { Catalog } from '../../../src/web/lib/i18n/catalog.ts';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { serverClock } from '../../../src/web/lib/server-clock.ts';
import { buildVisit, demoTimeZone } from '../../fixtures/agenda.ts';
import { fakeApi, json } from '../mapping/mapping-data.ts';

function speak(locale: Locale, catalog: Catalog) {
  setCatalog(locale, catalog);
}

beforeEach(() => setCsrfToken('csrf-visit-actions'));
afterEach(() => {
  speak('en', en);
  setCsrfToken(null);
  serverClock.reset();
  vi.unstubAllGlobals();
});

// Tue 24 Nov 2026, 09:00–09:30 in Warsaw.
const visit = buildVisit({ id: 'v-move' });
const slot = (start: string) => ({
  addressId: visit.addressId,
  doctorId: visit.doctorId,
  start,
  end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
  serviceIds: [visit.service!.id],
});
// 10:00 on Monday 30 Nov in Warsaw, and 00:30 on Tuesday 1 Dec (still Monday in UTC).
const free = { slots: [slot('2026-11-30T09:00:00.000Z'), slot('2026-11-30T23:30:00.000Z')] };

function renderMove(answer: (method: string, path: string) => Response) {
  const api = fakeApi(answer);
  vi.stubGlobal('fetch', api.fetch);
  const onMoved = vi.fn();
  render(
    <MoveVisitDialog
      visit={visit}
      timeZone={demoTimeZone}
      applyVisit={() => {}}
      onMoved={onMoved}
      onClose={() => {}}
    />,
  );
  return { api, onMoved };
}

describe('moving a visit', () => {
  it('groups the free times by the clinic’s day, in English', async () => {
    renderMove(() => json(free));
    const dialog = screen.getByRole('dialog', { name: 'Move Anna Kowalska’s visit' });
    expect(dialog).toHaveTextContent('Currently: Tue, 24 Nov 2026, 09:00–09:30 · Regular visit');
    const monday = await screen.findByRole('group', { name: 'Monday 30 November' });
    expect(within(monday).getByRole('radio', { name: '10:00' })).toBeInTheDocument();
    const tuesday = screen.getByRole('group', { name: 'Tuesday 1 December' });
    expect(within(tuesday).getByRole('radio', { name: '00:30' })).toBeInTheDocument();
    expect(screen.getByText('Docplanner tells the patient about the new time.')).toBeVisible();
  });

  it('speaks Polish: the title, the days and months, the buttons', async () => {
    speak('pl', pl);
    renderMove(() => json(free));
    expect(screen.getByRole('dialog', { name: 'Przełóż wizytę: Anna Kowalska' })).toBeVisible();
    await screen.findByRole('group', { name: 'poniedziałek, 30 listopada' });
    expect(screen.getByRole('group', { name: 'wtorek, 1 grudnia' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Przełóż na ten termin' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Zostaw obecny termin' })).toBeEnabled();
  });

  it('says what did not happen, then Docplanner’s reason, and reads the free times again', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const { onMoved } = renderMove((method) => {
      if (method === 'POST') {
        return json(
          {
            error: {
              code: 'conflict',
              message: 'Docplanner refused: that time is taken. Pick another time.',
            },
          },
          409,
        );
      }
      reads++;
      return json(free);
    });
    await user.click(await screen.findByRole('radio', { name: '10:00' }));
    await user.click(screen.getByRole('button', { name: 'Move to this time' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The visit was not moved. Docplanner refused: that time is taken. Pick another time.',
    );
    expect(onMoved).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(reads).toBe(2));
  });

  it('says when nothing is free, counting the days in the page’s language', async () => {
    speak('de', de);
    renderMove(() => json({ slots: [] }));
    expect(
      await screen.findByText('Keine freie Zeit für diese Leistung in den nächsten 14 Tagen.'),
    ).toBeInTheDocument();
  });
});

describe('the actions of a visit card', () => {
  function renderActions(at: string) {
    serverClock.sync(at, 1);
    render(
      <VisitActions
        visit={visit}
        timeZone={demoTimeZone}
        applyVisit={() => {}}
        onMove={() => {}}
      />,
    );
  }

  it('asks before cancelling, in plain words, and keeps the visit on No', async () => {
    const user = userEvent.setup();
    renderActions('2026-11-24T06:00:00Z');
    await user.click(screen.getByRole('button', { name: 'Cancel visit' }));
    expect(screen.getByText('Cancel this visit? Docplanner lets the patient know.')).toBeVisible();
    expect(screen.getByLabelText('Reason (optional, sent to the patient)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'No, keep the visit' }));
    expect(screen.getByRole('button', { name: 'Move visit' })).toBeInTheDocument();
  });

  it('once the visit has begun: in the waiting room or a no-show', () => {
    renderActions('2026-11-24T08:05:00Z');
    const presence = screen.getByRole('group', { name: 'Did the patient come?' });
    expect(within(presence).getByRole('button', { name: 'In the waiting room' })).toBeEnabled();
    expect(within(presence).getByRole('button', { name: 'No-show' })).toBeEnabled();
  });

  it('speaks Polish', () => {
    speak('pl', pl);
    renderActions('2026-11-24T08:05:00Z');
    const presence = screen.getByRole('group', { name: 'Czy pacjent przyszedł?' });
    expect(within(presence).getByRole('button', { name: 'W poczekalni' })).toBeInTheDocument();
    expect(within(presence).getByRole('button', { name: 'Nie przyszedł' })).toBeInTheDocument();
  });
});
