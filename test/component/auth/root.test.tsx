// The page's first decision: with no session, the sign-in page, whose code arrives on demand (a
// chunk of its own in the build) while a spinner says what is coming.
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Root } from '../../../src/web/app/Root.tsx';
import { sessionStore } from '../../../src/web/features/auth/session-store.ts';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  sessionStore.setState({ state: { status: 'loading' } });
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === '/api/health') {
      return json(200, { status: 'ready', dataSource: 'sandbox', version: 't' });
    }
    // The session check fails: the sign-in page is shown with a sentence why.
    return json(503, { error: { code: 'unavailable', message: 'Starting.' } });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('Root', () => {
  it('asks who is signed in, then opens the sign-in page with the reason it shows', async () => {
    render(<Root />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening the agenda…');

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('User name')).toBeInTheDocument();
    expect(
      screen.getByText('The server did not answer. Try signing in again.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Opening the sign-in page…')).toBeNull();
  });
});
