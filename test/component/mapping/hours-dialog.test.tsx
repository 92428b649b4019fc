// The hours dialog: the range selected in the agenda, opened or closed on Docplanner for the
// doctor; the answer said in words — done, only partly done with Docplanner's reason, refused.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoursDialog } from '../../../src/web/features/hours/HoursDialog.tsx';
import { setCsrfToken } from '../../../src/web/lib/csrf.ts';
import { fakeApi, json } from './mapping-data.ts';

const doctors = [
  { id: '100101', name: 'Anna', surname: 'Kowalska' },
  { id: '100102', name: 'Piotr', surname: 'Nowak' },
];
const selection = {
  start: '2026-11-25T18:00:00.000Z',
  end: '2026-11-25T20:00:00.000Z',
  doctorId: '100101',
};

beforeEach(() => setCsrfToken('csrf-hours'));
afterEach(() => {
  setCsrfToken(null);
  vi.unstubAllGlobals();
});

function renderDialog(
  answer: Response,
  options: { chooseDoctor?: boolean; doctorId?: string | null } = {},
) {
  const api = fakeApi(() => answer);
  vi.stubGlobal('fetch', api.fetch);
  const onPublished = vi.fn();
  const onClose = vi.fn();
  render(
    <HoursDialog
      selection={{
        ...selection,
        doctorId: options.doctorId === undefined ? '100101' : options.doctorId,
      }}
      doctors={doctors}
      chooseDoctor={options.chooseDoctor ?? false}
      timeZone="Europe/Warsaw"
      onClose={onClose}
      onPublished={onPublished}
    />,
  );
  return { api, onPublished, onClose };
}

describe('HoursDialog', () => {
  it('names the range and the doctor, and opens hours for online visits with one POST', async () => {
    const { api, onPublished } = renderDialog(
      json({
        applied: [{ addressId: '200201', day: '2026-11-25' }],
        failed: [],
        message: 'Opened online hours on Docplanner.',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Opening hours on Docplanner' });
    expect(dialog).toHaveTextContent('Wednesday 25 November, 19:00–21:00');
    expect(dialog).toHaveTextContent('For Dr Anna Kowalska');

    await userEvent.click(screen.getByRole('button', { name: /Open for online visits/ }));

    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Done — Open for online visits');
    // Said by the page from what was asked, not the server's English sentence.
    expect(done).toHaveTextContent(
      'Patients can now book online visits in these hours on Docplanner.',
    );
    expect(api.sent).toHaveLength(1);
    const [post] = api.sent;
    expect(post!.method).toBe('POST');
    expect(new URL(post!.url).pathname).toBe('/api/online-hours');
    expect(post!.headers.get('x-csrf-token')).toBe('csrf-hours');
    expect(post!.body).toEqual({
      doctorId: '100101',
      start: selection.start,
      end: selection.end,
      action: 'open',
      hours: { kind: 'online' },
    });
    expect(onPublished).toHaveBeenCalledOnce();
  });

  it('closes the hours for visits at the clinic', async () => {
    const { api } = renderDialog(
      json({
        applied: [{ addressId: '200101', day: '2026-11-25' }],
        failed: [],
        message: 'Closed regular hours on Docplanner.',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Close for visits at the clinic/ }));
    await screen.findByText('These hours are now closed for visits at the clinic on Docplanner.');
    expect(api.sent[0]!.body).toMatchObject({ action: 'close', hours: { kind: 'regular' } });
  });

  it('says when it was only partly done, with the days and Docplanner’s reason', async () => {
    const { onPublished } = renderDialog(
      json(
        {
          applied: [{ addressId: '200201', day: '2026-11-25' }],
          failed: [
            {
              addressId: '200201',
              day: '2026-11-26',
              message:
                'Docplanner is busy with a previous change (try again in a minute): Too many requests',
            },
          ],
          message:
            'Only partly done: 1 of 2 days changed. 2026-11-26: Docplanner is busy with a previous change (try again in a minute): Too many requests',
        },
        207,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /Open for online visits/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only partly done — Open for online visits');
    expect(alert).toHaveTextContent('1 of 2 days changed on Docplanner.');
    expect(alert).toHaveTextContent(
      'Thu 26 Nov: Docplanner is still busy with a previous change (try again in a minute): Too many requests',
    );
    expect(onPublished).toHaveBeenCalledOnce();
  });

  it('says when Docplanner took none of it (502)', async () => {
    renderDialog(
      json(
        {
          applied: [],
          failed: [
            {
              addressId: '200201',
              day: '2026-11-25',
              message: 'Docplanner does not allow this: slots beyond 180 days',
            },
          ],
          message:
            'Nothing was changed on Docplanner. Docplanner does not allow this: slots beyond 180 days',
        },
        502,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /Open for online visits/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not done — Open for online visits');
    expect(alert).toHaveTextContent('Nothing was changed on Docplanner.');
    expect(alert).toHaveTextContent(
      'Wed 25 Nov: Docplanner does not allow this: slots beyond 180 days',
    );
  });

  it('says why the hours cannot be routed (422)', async () => {
    const { onPublished } = renderDialog(
      json(
        {
          error: {
            code: 'cannot_route',
            message:
              'This doctor has no online address on Docplanner. Create one (an online-only calendar) in Docplanner first.',
          },
        },
        422,
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: /Open for online visits/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not done — Open for online visits');
    expect(alert).toHaveTextContent('This doctor has no online address on Docplanner.');
    expect(onPublished).not.toHaveBeenCalled();
  });

  it('lets an admin choose the doctor', async () => {
    const { api } = renderDialog(
      json({ applied: [], failed: [], message: 'Opened regular hours on Docplanner.' }),
      {
        chooseDoctor: true,
        doctorId: null,
      },
    );
    const open = screen.getByRole('button', { name: /Open for visits at the clinic/ });
    expect(open).toBeDisabled();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Doctor' }),
      'Dr Piotr Nowak',
    );
    await userEvent.click(open);
    await screen.findByText(/Patients can now book visits at the clinic/);
    expect(api.sent[0]!.body).toMatchObject({ doctorId: '100102', hours: { kind: 'regular' } });
  });
});
