// The page's first decision: signed in or not. Until there is a session, the sign-in page;
// when the server says the session ended, back to it with a sentence why.
import { useEffect } from 'react';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { useSession } from '../features/auth/session-store.ts';
import { onSessionEnded } from '../lib/api-client.ts';
import { Spinner } from '../ui/Spinner.tsx';
import { App } from './App.tsx';

export function Root() {
  const state = useSession((store) => store.state);
  useEffect(() => {
    onSessionEnded(() => useSession.getState().sessionEnded());
    void useSession.getState().load();
    return () => onSessionEnded(null);
  }, []);

  if (state.status === 'loading') {
    return (
      <div className="app app--centered">
        <Spinner label="Opening the agenda…" />
      </div>
    );
  }
  if (state.status === 'signed-out') return <SignInPage notice={state.notice} />;
  const { user } = state.session;
  // A new user gets a fresh agenda, filters and live stream.
  return (
    <App key={user.username} user={user} onSignOut={() => void useSession.getState().signOut()} />
  );
}
