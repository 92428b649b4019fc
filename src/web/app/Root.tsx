// The page's first decision: signed in or not. Until there is a session, the sign-in page;
// when the server says the session ended, back to it with a sentence why.
import { lazy, Suspense, useEffect } from 'react';
import { useSession } from '../features/auth/session-store.ts';
import { onSessionEnded } from '../lib/api-client.ts';
import { Spinner } from '../ui/Spinner.tsx';
import { App } from './App.tsx';

// Staff mostly come back to a live session and go straight to the agenda: the sign-in page is a
// chunk of its own, fetched only when there is no session.
const SignInPage = lazy(() =>
  import('../features/auth/SignInPage.tsx').then((module) => ({ default: module.SignInPage })),
);

export function Root() {
  const state = useSession((store) => store.state);
  useEffect(() => {
    onSessionEnded(() => useSession.getState().sessionEnded());
    // Unless the page came with its session (see main.tsx).
    if (useSession.getState().state.status === 'loading') void useSession.getState().load();
    return () => onSessionEnded(null);
  }, []);

  if (state.status === 'loading') return <Waiting label="Opening the agenda…" />;
  if (state.status === 'signed-out') {
    return (
      <Suspense fallback={<Waiting label="Opening the sign-in page…" />}>
        <SignInPage notice={state.notice} />
      </Suspense>
    );
  }
  const { user } = state.session;
  // A new user gets a fresh agenda, filters and live stream.
  return (
    <App key={user.username} user={user} onSignOut={() => void useSession.getState().signOut()} />
  );
}

function Waiting({ label }: { label: string }) {
  return (
    <div className="app app--centered">
      <Spinner label={label} />
    </div>
  );
}
