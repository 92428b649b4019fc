// Each role sees its screens: a doctor gets today's video visits and no payments board;
// reception and admin get the payments board and no doctor panel; everyone can sign out.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../../../src/shared/api/auth.ts';
import { App } from '../../../src/web/app/App.tsx';
import { buildAgenda } from '../../fixtures/agenda.ts';

const users: Record<CurrentUser['role'], CurrentUser> = {
  doctor: {
    username: 'doctor',
    displayName: 'Dr Anna Kowalska',
    role: 'doctor',
    doctorId: 'doc-1',
    locale: null,
  },
  reception: {
    username: 'reception',
    displayName: 'Reception desk',
    role: 'reception',
    doctorId: null,
    locale: null,
  },
  admin: {
    username: 'admin',
    displayName: 'Clinic administrator',
    role: 'admin',
    doctorId: null,
    locale: null,
  },
};

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    const body = url.includes('/api/agenda') ? buildAgenda() : { reminders: [] };
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('screens by role', () => {
  it('a doctor sees today’s video visits and no payments board', async () => {
    render(<App user={users.doctor} onSignOut={() => {}} />);
    await screen.findByRole('heading', { name: 'Sample clinic' });
    expect(screen.queryByRole('link', { name: 'Payments' })).toBeNull();
    expect(screen.getByText('Dr Anna Kowalska')).toBeInTheDocument();
    expect(screen.getByRole('complementary')).toBeInTheDocument();
  });

  it.each(['reception', 'admin'] as const)(
    '%s sees the payments board and no doctor panel',
    async (role) => {
      render(<App user={users[role]} onSignOut={() => {}} />);
      await screen.findByRole('heading', { name: 'Sample clinic' });
      expect(screen.getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '#/payments');
      expect(screen.queryByRole('complementary')).toBeNull();
    },
  );

  it('signs out from the header', async () => {
    const signOut = vi.fn();
    render(<App user={users.reception} onSignOut={signOut} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(signOut).toHaveBeenCalledOnce();
  });
});
