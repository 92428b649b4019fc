// The calendar speaks the page's language: FullCalendar's week (first day, names of days and
// months) and our own words, always on a 24-hour clock.
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/shared/i18n/locales.ts';
import { AgendaCalendar } from '../../../src/web/features/agenda/AgendaCalendar.tsx';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../../../src/web/features/agenda/use-agenda.tsx';
import type { Catalog } from '../../../src/web/lib/i18n/catalog.ts';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { catalog as ptBr } from '../../../src/web/lib/i18n/catalogs/pt-BR/index.ts';
import { localeStore } from '../../../src/web/lib/i18n/locale-store.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { serverClock } from '../../../src/web/lib/server-clock.ts';
import { buildAgenda, demoTimeZone } from '../../fixtures/agenda.ts';

function speak(locale: Locale, catalog: Catalog) {
  setCatalog(locale, catalog);
  localeStore.setState({ locale, calendarLocale: catalog.calendarLocale });
}

afterEach(() => {
  speak('en', en);
  serverClock.reset();
});

async function week(locale: Locale, catalog: Catalog) {
  speak(locale, catalog);
  serverClock.sync('2026-11-24T09:00:00Z', 1);
  const store = createAgendaStore(async () => buildAgenda(), {
    initialFilters: { view: 'timeGridWeek' },
  });
  const view = render(
    <AgendaStoreProvider store={store}>
      <AgendaCalendar timeZone={demoTimeZone} initialDate="2026-11-24" />
    </AgendaStoreProvider>,
  );
  await waitFor(() => expect(store.getState().status).toBe('ready'));
  return view.container;
}

/** The first day the week shows (its first column). */
const firstDay = (container: HTMLElement) =>
  container.querySelector('[data-date]')?.getAttribute('data-date');

describe('the calendar in the page’s language', () => {
  it('is English (British: Monday first) in the tests by default', async () => {
    const container = await week('en', en);
    expect(firstDay(container)).toBe('2026-11-23');
    expect(screen.getByRole('button', { name: 'Next week' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/November 2026/);
  });

  it('speaks Polish: its words, its names of months, Monday first, a 24-hour clock', async () => {
    const container = await week('pl', pl);
    expect(firstDay(container)).toBe('2026-11-23');
    expect(screen.getByRole('button', { name: 'Następny tydzień' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dziś' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tydzień' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/listopada 2026/);
    expect(screen.getByLabelText('Przejdź do daty')).toHaveValue('2026-11-24');
    expect(container.textContent).toContain('13:00');
    expect(container.textContent).not.toMatch(/\b(AM|PM)\b/);
  });

  it('speaks German, on a 24-hour clock', async () => {
    const container = await week('de', de);
    expect(screen.getByRole('button', { name: 'Nächste Woche' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/November 2026/);
    expect(container.textContent).toContain('13:00');
  });

  it('starts the Brazilian week on Sunday, as clinics there count it', async () => {
    const container = await week('pt-BR', ptBr);
    expect(firstDay(container)).toBe('2026-11-22');
    expect(screen.getByRole('button', { name: 'Próxima semana' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/novembro/);
  });
});
