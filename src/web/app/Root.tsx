// The page's first decision: signed in or not. Until there is a session, the sign-in page;
// when the server says the session ended, back to it with a sentence why.
import { lazy, Suspense, useEffect } from 'react';
import { sessionStore, useSession } from '../features/auth/session-store.ts';
import { onSessionEnded } from '../lib/api-client.ts';
import { switchLocale, useLocale } from '../lib/i18n/locale-store.ts';
import { t } from '../lib/i18n/messages.ts';
import { Spinner } from '../ui/Spinner.tsx';
import { App } from './App.tsx';

// Staff mostly come back to a live session and go straight to the agenda: the sign-in page is a
// chunk of its own, fetched only when there is no session.
const SignInPage = lazy(() =>
  import('../features/auth/SignInPage.tsx').then((module) => ({ default: module.SignInPage })),
);

export function Root() {
  const state = useSession((store) => store.state);
  const locale = useLocale((store) => store.locale);
  const chosen = state.status === 'signed-in' ? state.session.user.locale : null;
  useEffect(() => {
    onSessionEnded(() => sessionStore.getState().sessionEnded());
    // Unless the page came with its session (see main.tsx).
    if (sessionStore.getState().state.status === 'loading') void sessionStore.getState().load();
    return () => onSessionEnded(null);
  }, []);
  // Signed in on this device, the user's language (chosen on another) takes over.
  useEffect(() => {
    if (chosen) void switchLocale(chosen);
  }, [chosen]);

  if (state.status === 'loading') return <Waiting label={t('app.opening.agenda')} />;
  if (state.status === 'signed-out') {
    return (
      <Suspense fallback={<Waiting label={t('app.opening.signIn')} />}>
        <SignInPage key={locale} notice={state.notice} />
      </Suspense>
    );
  }
  const { user } = state.session;
  // A new user gets a fresh agenda, filters and live stream; so does a new language, drawn
  // afresh in it (every word, date and FullCalendar's own).
  return (
    <App
      key={`${user.username} ${locale}`}
      user={user}
      onSignOut={() => void sessionStore.getState().signOut()}
    />
  );
}

function Waiting({ label }: { label: string }) {
  return (
    <div className="app app--centered">
      <Spinner label={label} />
    </div>
  );
}
