// The booking form: free times of the range, the service, the patient's details checked field by
// field before anything is sent; the visit drawn at once and replaced by Docplanner's; a refusal
// takes the drawn visit away, keeps what was typed and reads the free times again.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Visit } from '../../../src/shared/api/visit.ts';
import { BookPatientDialog } from '../../../src/web/features/phone-booking/BookPatientDialog.tsx';
import { setCsrfToken } from '../../../src/web/lib/csrf.ts';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';
import { fakeApi, json } from '../mapping/mapping-data.ts';

const doctors = [
  { id: '100101', name: 'Anna', surname: 'Kowalska' },
  { id: '100102', name: 'Piotr', surname: 'Nowak' },
];
const addresses = [
  {
    id: '200102',
    doctorId: '100102',
    name: 'Clinic on Main Street',
    street: null,
    city: null,
    isOnlineOnly: false,
    visitPayment: false,
  },
];
// 10:00–11:00 in Warsaw.
const selection = {
  start: '2026-11-30T09:00:00.000Z',
  end: '2026-11-30T10:00:00.000Z',
  doctorId: '100102',
};
const free = (starts: string[]) => ({
  slots: starts.map((start) => ({
    doctorId: '100102',
    addressId: '200102',
    start,
    services: [{ id: '3001', name: 'Regular visit', minutes: 20 }],
  })),
});

function bookedVisit(start: string): Visit {
  return {
    id: '9001',
    doctorId: '100102',
    addressId: '200102',
    start,
    end: new Date(Date.parse(start) + 20 * 60_000).toISOString(),
    status: 'booked',
    movedTo: null,
    patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48 600 100 200', email: null },
    service: { id: '3001', name: 'Regular visit', dictionaryId: null },
    comment: null,
    bookedAt: start,
    video: null,
    visitPayment: false,
    visitPaymentStatus: null,
    online: false,
    presence: null,
    confirmed: false,
  };
}

beforeEach(() => setCsrfToken('csrf-booking'));
afterEach(() => {
  setCatalog('en', en);
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

function renderDialog(answer: (method: string, path: string) => Response) {
  const api = fakeApi(answer);
  vi.stubGlobal('fetch', api.fetch);
  const applied: Visit[] = [];
  const forgotten: string[] = [];
  const onBooked = vi.fn();
  render(
    <BookPatientDialog
      selection={selection}
      doctors={doctors}
      addresses={addresses}
      timeZone="Europe/Warsaw"
      applyVisit={(visit) => applied.push(visit)}
      forgetVisit={(id) => forgotten.push(id)}
      onBooked={onBooked}
      onClose={() => {}}
    />,
  );
  return { api, applied, forgotten, onBooked };
}

async function fillPatient(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('First name'), 'Jan');
  await user.type(screen.getByLabelText('Surname'), 'Telefoniczny');
  await user.type(screen.getByLabelText('Phone'), '+48 600 100 200');
}

describe('BookPatientDialog', () => {
  it('names every wrong field and sends nothing until they are right', async () => {
    const user = userEvent.setup();
    const { api } = renderDialog(() => json(free(['2026-11-30T09:00:00.000Z'])));
    await screen.findByRole('radio', { name: '10:00' });
    await user.type(screen.getByLabelText('Phone'), 'call me');
    await user.click(screen.getByRole('button', { name: 'Book the visit' }));
    expect(screen.getByText('Enter the first name.')).toBeInTheDocument();
    expect(screen.getByText('Enter the surname.')).toBeInTheDocument();
    expect(screen.getByText('Enter a phone number, e.g. +48 600 100 200.')).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveFocus();
    expect(screen.getByLabelText('First name')).toHaveAccessibleDescription(
      'Enter the first name.',
    );
    expect(api.sent.filter((request) => request.method === 'POST')).toHaveLength(0);
    // Typing in a field clears its message.
    await user.type(screen.getByLabelText('First name'), 'Jan');
    expect(screen.queryByText('Enter the first name.')).not.toBeInTheDocument();
  });

  it('draws the visit at once, then puts Docplanner’s in its place', async () => {
    const user = userEvent.setup();
    const start = '2026-11-30T09:20:00.000Z';
    const { api, applied, forgotten, onBooked } = renderDialog((method) =>
      method === 'POST'
        ? json({ visit: bookedVisit(start) })
        : json(free(['2026-11-30T09:00:00.000Z', start])),
    );
    await user.click(await screen.findByRole('radio', { name: '10:20' }));
    await fillPatient(user);
    await user.click(screen.getByRole('button', { name: 'Book the visit' }));
    await waitFor(() => expect(onBooked).toHaveBeenCalled());
    const post = api.sent.find((request) => request.method === 'POST')!;
    expect(post.body).toEqual({
      doctorId: '100102',
      addressId: '200102',
      start,
      serviceId: '3001',
      patient: { name: 'Jan', surname: 'Telefoniczny', phone: '+48 600 100 200', email: '' },
    });
    expect(post.headers.get('idempotency-key')).toMatch(/^[\w-]{8,}$/);
    expect(applied[0]?.id).toMatch(/^provisional-/);
    expect(applied[0]?.start).toBe(start);
    expect(forgotten).toEqual([applied[0]?.id]);
    expect(applied[1]?.id).toBe('9001');
  });

  it('on a taken time: the drawn visit goes, the form keeps the name, says why, reads again', async () => {
    const user = userEvent.setup();
    let reads = 0;
    const { applied, forgotten, onBooked } = renderDialog((method) => {
      if (method === 'POST') {
        return json(
          {
            error: {
              code: 'conflict',
              message: 'That time is no longer free: someone booked it first. Pick another time.',
            },
          },
          409,
        );
      }
      reads++;
      return json(free(reads === 1 ? ['2026-11-30T09:00:00.000Z'] : []));
    });
    await screen.findByRole('radio', { name: '10:00' });
    await fillPatient(user);
    await user.click(screen.getByRole('button', { name: 'Book the visit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The visit was not booked. That time is no longer free',
    );
    expect(forgotten).toEqual([applied[0]?.id]);
    expect(onBooked).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Surname')).toHaveValue('Telefoniczny');
    expect(await screen.findByText(/has no free time here/)).toBeInTheDocument();
    expect(reads).toBe(2);
  });

  it('names each wrong field in the page’s language, not the shared schema’s English', async () => {
    setCatalog('de', de);
    const user = userEvent.setup();
    renderDialog(() => json(free(['2026-11-30T09:00:00.000Z'])));
    await screen.findByRole('radio', { name: '10:00' });
    await user.type(screen.getByLabelText('Vorname'), 'x'.repeat(101));
    await user.type(screen.getByLabelText('E-Mail (optional)'), 'jan@');
    await user.click(screen.getByRole('button', { name: 'Termin vergeben' }));
    expect(screen.getByLabelText('Vorname')).toHaveAccessibleDescription('Höchstens 100 Zeichen.');
    expect(screen.getByText('Bitte den Nachnamen eingeben.')).toBeInTheDocument();
    expect(
      screen.getByText('Bitte eine Telefonnummer eingeben, z. B. +49 151 23456789.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Bitte eine E-Mail-Adresse wie/)).toBeInTheDocument();
    expect(screen.queryByText(/Enter/)).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Regular visit · 20 Min.' })).toBeInTheDocument();
  });
});
