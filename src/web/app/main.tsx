// Entry point of the SPA (index.html loads it).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/tokens.css';
import '../ui/base.css';
import { useSession } from '../features/auth/session-store.ts';
import { startAgendaEarly } from '../lib/early-agenda.ts';
import { browserTimeZone, currentWeekInAnyZone } from '../lib/facility-time.ts';
import { loadSettings } from '../lib/settings.ts';
import { AppErrorBoundary } from './AppErrorBoundary.tsx';
import { Root } from './Root.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Who is signed in, the clinic's settings (its zone: the calendar can be laid out) and this
// week's agenda, asked for side by side before anything is drawn; the screens then find them on
// their way. Signed out, the last two just fail (the app asks again after signing in).
void useSession.getState().load();
void loadSettings();
startAgendaEarly(currentWeekInAnyZone(browserTimeZone()));

createRoot(root).render(
  <StrictMode>
    {/* Also above the sign-in page, which loads on demand (a redeploy can remove its file). */}
    <AppErrorBoundary>
      <Root />
    </AppErrorBoundary>
  </StrictMode>,
);
