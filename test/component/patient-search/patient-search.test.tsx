// The "Find a patient" box: what it shows for each visit found, how the keyboard moves through
// the list and picks (the ARIA combobox pattern), and its hint, "No patient found" and error states.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PatientSearch as PatientSearchAnswer } from '../../../src/shared/api/patient-search.ts';
import type { Visit } from '../../../src/shared/api/visit.ts';
import { PatientSearch } from '../../../src/web/features/patient-search/PatientSearch.tsx';
import type { SearchPatients } from '../../../src/web/features/patient-search/patient-search-api.ts';
import { ApiRequestError } from '../../../src/web/lib/api-client.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { buildOnlineVisit, buildVisit, demoDoctor, demoTimeZone } from '../../fixtures/agenda.ts';

const nowak = { id: 'doc-2', name: 'Piotr', surname: 'Nowak' };

// Newest first, as the server answers: a coming online visit, a moved one, a cancelled one.
const coming = buildOnlineVisit({
  id: 'coming',
  doctorId: demoDoctor.id,
  start: '2026-12-03T10:00:00Z',
  end: '2026-12-03T10:30:00Z',
  patient: { name: 'Anna', surname: 'Kowalska', phone: '+48 600 100 200' },
});
const moved = buildVisit({
  id: 'moved',
  doctorId: nowak.id,
  start: '2026-11-30T08:00:00Z',
  end: '2026-11-30T08:20:00Z',
  status: 'canceled',
  movedTo: 'coming',
  patient: { name: 'Anna', surname: 'Kowalska', phone: '+48 600 100 200' },
});
const cancelled = buildVisit({
  id: 'cancelled',
  doctorId: nowak.id,
  start: '2026-11-24T08:00:00Z',
  end: '2026-11-24T08:30:00Z',
  status: 'canceled',
  patient: { name: 'Anna', surname: 'Kowalska', phone: null },
});

function answer(query: string, visits: Visit[], truncated = false): PatientSearchAnswer {
  return { query, visits, doctors: [demoDoctor, nowak], truncated };
}

function setup(search: SearchPatients) {
  const onPick = vi.fn<(visit: Visit) => void>();
  const user = userEvent.setup();
  render(<PatientSearch timeZone={demoTimeZone} search={search} onPick={onPick} pauseMs={30} />);
  const field = screen.getByRole('combobox', { name: 'Find a patient' });
  return { onPick, user, field };
}

const options = () =>
  within(screen.getByRole('listbox', { name: 'Visits found' })).getAllByRole('option');

afterEach(() => setCatalog('en', en));

describe('finding a patient', () => {
  it('lists each visit with its time on the clinic’s clock, patient, phone, doctor, kind and state', async () => {
    const search = vi.fn<SearchPatients>(async (query) =>
      answer(query, [coming, moved, cancelled]),
    );
    const { user, field } = setup(search);
    expect(field).toHaveAttribute('placeholder', 'Name or phone');
    await user.type(field, 'kowal an');
    await screen.findByRole('listbox', { name: 'Visits found' });
    // Typed in one go: asked once, with the whole text.
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]?.[0]).toBe('kowal an');
    expect(screen.getByRole('status')).toHaveTextContent('3 visits found');
    const [first, second, third] = options();
    // 10:00 UTC is 11:00 in Warsaw.
    expect(first).toHaveTextContent(
      'Thu, 3 Dec 2026, 11:00–11:30Anna Kowalska, +48 600 100 200Dr Henryk Mikulski, Online',
    );
    expect(first).toHaveClass('found-visit--online');
    expect(second).toHaveTextContent(
      'Mon, 30 Nov 2026, 09:00–09:20, Moved to another timeAnna Kowalska, +48 600 100 200Dr Piotr Nowak, In person',
    );
    expect(second).not.toHaveClass('found-visit--online');
    expect(third).toHaveTextContent(
      'Tue, 24 Nov 2026, 09:00–09:30, CancelledAnna KowalskaDr Piotr Nowak, In person',
    );
  });

  it('moves through the list with the arrows and picks with Enter; Escape closes, then clears', async () => {
    const { user, field, onPick } = setup(async (query) =>
      answer(query, [coming, moved, cancelled]),
    );
    await user.type(field, 'kowalska');
    await screen.findByRole('listbox');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(field).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options()[0]?.id);
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options()[2]?.id);
    // Past the last it wraps to the first; up from the first to the last.
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', options()[0]?.id);
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', options()[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    expect(options()[0]).toHaveAttribute('aria-selected', 'false');
    // The caret never left the field.
    expect(field).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]?.[0].id).toBe('moved');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveAttribute('aria-expanded', 'false');

    // The arrow opens the list again; Escape closes it and keeps the text, a second clears it.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveValue('kowalska');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('');
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('opens the list on typing, the arrow or a click, not when the focus comes back', async () => {
    const { user, field } = setup(async (query) => answer(query, [coming]));
    await user.type(field, 'kowalska');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    // As when a visit card closes and gives the focus back to the field.
    field.blur();
    act(() => field.focus());
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.click(field);
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });

  it('Enter with nothing chosen picks nothing; a click picks the visit clicked', async () => {
    const { user, field, onPick } = setup(async (query) => answer(query, [coming, cancelled]));
    await user.type(field, 'anna');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    await user.click(options()[1] as HTMLElement);
    expect(onPick.mock.calls.map(([visit]) => visit.id)).toEqual(['cancelled']);
  });

  it('asks for more before searching, says when no patient is found, and when there were more', async () => {
    const search = vi.fn<SearchPatients>(async (query) =>
      query === 'kowalska' ? answer(query, [coming, moved, cancelled], true) : answer(query, []),
    );
    const { user, field } = setup(search);
    await user.type(field, 'k');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Type at least 2 letters of a name or 3 digits of a phone number.',
    );
    await user.clear(field);
    await user.type(field, '60');
    expect(screen.getByRole('status')).toHaveTextContent(/3 digits of a phone number/);
    await act(() => new Promise((wake) => setTimeout(wake, 80)));
    expect(search).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, 'zzyzx');
    await screen.findByText('No patient found for “zzyzx”.');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field).toHaveAttribute('aria-expanded', 'false');

    await user.clear(field);
    await user.type(field, 'kowalska');
    await screen.findByRole('listbox');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing the 3 newest visits. Type more of the name or number to narrow it down.',
    );
  });

  it('says why a search failed, and tries again', async () => {
    let fail = true;
    const search = vi.fn<SearchPatients>(async (query) => {
      if (fail) throw new ApiRequestError('the server did not answer', { kind: 'unreachable' });
      return answer(query, [coming]);
    });
    const { user, field } = setup(search);
    await user.type(field, 'kowalska');
    await screen.findByText('Could not search. The server did not answer.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('listbox');
    expect(options()).toHaveLength(1);
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('shows the answer to the newest text, never a late answer to an older one', async () => {
    const answers = new Map<string, (value: PatientSearchAnswer) => void>();
    const search: SearchPatients = (query) =>
      new Promise((resolve) => {
        answers.set(query, resolve);
      });
    const { user, field } = setup(search);
    await user.type(field, 'kowal');
    await vi.waitFor(() => expect(answers.has('kowal')).toBe(true));
    await user.type(field, 'ska');
    await vi.waitFor(() => expect(answers.has('kowalska')).toBe(true));
    await act(async () => answers.get('kowalska')?.(answer('kowalska', [cancelled])));
    await act(async () => answers.get('kowal')?.(answer('kowal', [coming, moved, cancelled])));
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveTextContent('Cancelled');
  });

  it('speaks Polish: its plurals, its quotes, its dates, the shared hint in its words', async () => {
    setCatalog('pl', pl);
    const search = vi.fn<SearchPatients>(async (query) =>
      query === 'kowalska' ? answer(query, [coming, moved, cancelled]) : answer(query, []),
    );
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<PatientSearch timeZone={demoTimeZone} search={search} onPick={onPick} pauseMs={30} />);
    const field = screen.getByRole('combobox', { name: 'Znajdź pacjenta' });
    await user.type(field, 'k');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Potrzeba co najmniej 2 liter imienia lub nazwiska albo 3 cyfr numeru telefonu.',
    );
    await user.type(field, 'owalska');
    await screen.findByRole('listbox', { name: 'Znalezione wizyty' });
    expect(screen.getByRole('status')).toHaveTextContent('Znaleziono 3 wizyty');
    const second = within(screen.getByRole('listbox')).getAllByRole('option')[1];
    expect(second).toHaveTextContent('pon., 30 lis 2026, 09:00–09:20, przełożona na inny termin');
    expect(second).toHaveTextContent('dr Piotr Nowak, W gabinecie');
    await user.clear(field);
    await user.type(field, 'zzyzx');
    await screen.findByText('Nie znaleziono pacjenta pasującego do „zzyzx”.');
  });
});
