// Entry point of the SPA (index.html loads it).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/tokens.css';
import '../ui/base.css';
import { sessionStore } from '../features/auth/session-store.ts';
import { ensureTemporal } from '../lib/browser-temporal.ts';
import { startAgendaEarly } from '../lib/early-agenda.ts';
import { startingLocale, switchLocale } from '../lib/i18n/locale-store.ts';
import { watchConnectivity } from '../lib/offline/offline-state.ts';
import { registerServiceWorker } from '../lib/offline/register-service-worker.ts';
import { readPageBootstrap } from '../lib/page-bootstrap.ts';
import { applySettings } from '../lib/settings.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { Root } from './Root.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Temporal first (a browser without its own fetches the polyfill), since the rest reads the clock.
void ensureTemporal().then(() => boot(root));

function boot(root: HTMLElement): void {
  // Whether this page is the copy the service worker kept (offline), before anything reads the
  // clock from it; then the worker, for the next time the server cannot be reached.
  watchConnectivity();
  registerServiceWorker();
  // Signed in, the server wrote the session and settings into the page and is already sending
  // the week the agenda opens on (a preload): take all three, nothing to ask first. Otherwise ask
  // who is signed in (the sign-in page comes next; `npm run dev` serves a page without them).
  const bootstrap = readPageBootstrap();
  if (bootstrap) {
    sessionStore.getState().adopt(bootstrap.session);
    applySettings(bootstrap.settings);
    startAgendaEarly(bootstrap.firstWeek);
  } else {
    void sessionStore.getState().load();
  }

  // Every word on the page comes from the language's catalog: fetch it (a small chunk, alongside
  // the agenda's first week), then draw. A catalog that cannot be fetched falls back to English.
  const locale = startingLocale(bootstrap?.session.user.locale ?? null);
  switchLocale(locale)
    .catch(() => switchLocale('en'))
    .finally(() => {
      createRoot(root).render(
        <StrictMode>
          {/* Also above the sign-in page, which loads on demand (a redeploy can remove its file). */}
          <AppErrorBoundary>
            <Root />
          </AppErrorBoundary>
        </StrictMode>,
      );
    });
}
