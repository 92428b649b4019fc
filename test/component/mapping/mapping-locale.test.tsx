// The hours dialog and the mapping screen speak the page's language: the range in the clinic's
// zone written as the language writes dates, the checks said from their codes.
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoursDialog } from '../../../src/web/features/hours/HoursDialog.tsx';
import { MappingScreen } from '../../../src/web/features/mapping/MappingScreen.tsx';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { buildMapping, json } from './mapping-data.ts';

afterEach(() => {
  setCatalog('en', en);
  vi.unstubAllGlobals();
});

describe('in other languages', () => {
  it('the hours dialog names the range in German, on the clinic’s clock', () => {
    setCatalog('de', de);
    render(
      <HoursDialog
        selection={{
          start: '2026-11-25T18:00:00.000Z',
          end: '2026-11-25T20:00:00.000Z',
          doctorId: '100101',
        }}
        doctors={[{ id: '100101', name: 'Anna', surname: 'Kowalska' }]}
        chooseDoctor={false}
        timeZone="Europe/Warsaw"
        onClose={() => {}}
        onPublished={() => {}}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Sprechzeiten bei Docplanner' });
    expect(dialog).toHaveTextContent('Mittwoch, 25. November, 19:00–21:00');
    expect(dialog).toHaveTextContent('Für Dr. Anna Kowalska');
    expect(
      within(dialog).getByRole('button', { name: /Für Videosprechstunden freigeben/ }),
    ).toBeInTheDocument();
  });

  it('the mapping screen in Polish: prices as Polish writes numbers, checks from their codes', async () => {
    setCatalog('pl', pl);
    const mapping = buildMapping();
    mapping.doctors[0]!.regular!.services[0]!.price = 12345.5;
    vi.stubGlobal('fetch', async () => json(mapping));
    render(<MappingScreen />);
    const regular = await screen.findByRole('region', { name: 'Adres gabinetu 123' });
    const row = within(regular).getByRole('row', { name: /Regular Visit/ });
    // Polish groups thousands with a (non-breaking) space and writes a decimal comma.
    expect(row.textContent).toMatch(/12\s345,5/);
    const checks = screen.getByRole('region', { name: /Sprawdzenie ustawień/ });
    expect(checks).toHaveTextContent('1 wymaga uwagi');
    expect(checks).toHaveTextContent(
      'Wymaga uwagi: Adres do wizyt online nie oferuje usługi „Konsultacja online” z Docplannera.',
    );
    expect(checks).toHaveTextContent('dr Anna Kowalska · adres 234');
  });
});
