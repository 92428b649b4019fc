import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInPage } from '../../../src/web/features/auth/SignInPage.tsx';
import { sessionStore } from '../../../src/web/features/auth/session-store.ts';
import { csrfToken } from '../../../src/web/lib/csrf.ts';

const session = {
  user: {
    username: 'doctor',
    displayName: 'Dr Anna Kowalska',
    role: 'doctor',
    doctorId: '100101',
    locale: null,
  },
  csrfToken: 'csrf-123',
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

let calls: { url: string; init: RequestInit | undefined }[];
function serve(signInAnswer: Response, dataSource: 'sandbox' | 'docplanner' = 'sandbox') {
  calls = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    if (url === '/api/health') return json(200, { status: 'ready', dataSource, version: 't' });
    if (url === '/api/auth/sign-in') return signInAnswer;
    return json(404, { error: { code: 'not_found', message: 'no' } });
  });
}

beforeEach(() => sessionStore.setState({ state: { status: 'signed-out', notice: null } }));
afterEach(() => vi.unstubAllGlobals());

describe('sign-in page', () => {
  it('signs in and keeps the CSRF token for later requests', async () => {
    serve(json(200, session));
    render(<SignInPage notice={null} />);
    await userEvent.type(screen.getByLabelText('User name'), 'doctor');
    await userEvent.type(screen.getByLabelText('Password'), 'demo-doctor');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(sessionStore.getState().state.status).toBe('signed-in'));
    expect(csrfToken()).toBe('csrf-123');
    const request = calls.find((call) => call.url === '/api/auth/sign-in');
    expect(JSON.parse(String(request?.init?.body))).toEqual({
      username: 'doctor',
      password: 'demo-doctor',
    });
  });

  it('shows the server’s message for a wrong password, and stays signed out', async () => {
    serve(
      json(401, { error: { code: 'wrong_credentials', message: 'Wrong user name or password.' } }),
    );
    render(<SignInPage notice={null} />);
    await userEvent.type(screen.getByLabelText('User name'), 'doctor');
    await userEvent.type(screen.getByLabelText('Password'), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong user name or password.');
    expect(sessionStore.getState().state.status).toBe('signed-out');
  });

  it('asks for both fields before calling the server', async () => {
    serve(json(200, session));
    render(<SignInPage notice={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter your user name and password.',
    );
    expect(calls.some((call) => call.url === '/api/auth/sign-in')).toBe(false);
  });

  it('lists the demo accounts on sandbox data only', async () => {
    serve(json(200, session), 'sandbox');
    const { unmount } = render(<SignInPage notice={null} />);
    expect(await screen.findByRole('region', { name: 'Demo accounts' })).toHaveTextContent(
      'demo-reception',
    );
    unmount();
    serve(json(200, session), 'docplanner');
    render(<SignInPage notice="auth.notice.sessionEnded" />);
    expect(
      screen.getByText(/Your session ended \(you were away for a while\)/),
    ).toBeInTheDocument();
    await waitFor(() => expect(calls.some((call) => call.url === '/api/health')).toBe(true));
    expect(screen.queryByRole('region', { name: 'Demo accounts' })).toBeNull();
  });
});
