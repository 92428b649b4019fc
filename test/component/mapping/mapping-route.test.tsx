// The mapping screen is the admin's: a header link to #/mapping, mounted for no other role.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../../src/shared/api/auth.ts';
import { App } from '../../../src/web/app/App.tsx';
import { buildAgenda } from '../../fixtures/agenda.ts';
import { buildMapping, json } from './mapping-data.ts';

const admin: CurrentUser = {
  username: 'admin',
  displayName: 'Clinic administrator',
  role: 'admin',
  doctorId: null,
  locale: null,
};
const reception: CurrentUser = { ...admin, username: 'desk', role: 'reception' };

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/api/agenda')) return json(buildAgenda());
    if (url.includes('/api/mapping')) return json(buildMapping());
    if (url.includes('/api/slots')) return json({ slots: [] });
    return json({ reminders: [] });
  });
});
afterEach(() => {
  window.location.hash = '';
  vi.unstubAllGlobals();
});

describe('the way to the mapping screen', () => {
  it('an admin has the Addresses and services link and the screen at #/mapping', async () => {
    render(<App user={admin} onSignOut={() => {}} />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    expect(screen.getByRole('link', { name: 'Addresses and services' })).toHaveAttribute(
      'href',
      '#/mapping',
    );

    act(() => {
      window.location.hash = '#/mapping';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    // The screen's code is a chunk of its own: the first time, a spinner says it is on its way.
    expect(screen.getByText('Opening addresses and services…')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Addresses and services' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Address for online visits 234' }),
    ).toBeInTheDocument();
  });

  it('reception has neither the link nor the screen', async () => {
    window.location.hash = '#/mapping';
    render(<App user={reception} onSignOut={() => {}} />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    expect(screen.queryByRole('link', { name: 'Addresses and services' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Addresses and services' })).toBeNull();
  });
});
