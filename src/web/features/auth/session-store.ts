// Who is signed in. The app shows the sign-in page until there is a session, and goes back to it
// when the server says the session ended (idle timeout, signed out in another tab).
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SessionView } from '../../../shared/api/auth.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { setCsrfToken } from '../../lib/csrf.ts';
import { switchLocale } from '../../lib/i18n/locale-store.ts';
import type { MessageId } from '../../lib/i18n/messages.ts';
import { clearOfflineCopies } from '../../lib/offline/offline-state.ts';
import * as sessionApi from './session-api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice: MessageId | null }
  | { status: 'signed-in'; session: SessionView };

interface SessionStore {
  state: SessionState;
  /** Asks the server who is signed in; a second call while one is on its way joins it. */
  load(): Promise<void>;
  /** The session the server wrote into the page: signed in without asking. */
  adopt(session: SessionView): void;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Speaks `locale` now and remembers it for the user; kept for this page if saving fails. */
  chooseLocale(locale: Locale): Promise<void>;
  /** The server answered 401 to a signed-in request: the session is over. */
  sessionEnded(): void;
}

let loading: Promise<void> | null = null;

function withLocale(session: SessionView, locale: Locale): SessionView {
  return { ...session, user: { ...session.user, locale } };
}

export const sessionStore = createStore<SessionStore>()((set, get) => ({
  state: { status: 'loading' },
  load() {
    loading ??= (async () => {
      try {
        const session = await sessionApi.fetchSession();
        setCsrfToken(session?.csrfToken ?? null);
        set({
          state: session
            ? { status: 'signed-in', session }
            : { status: 'signed-out', notice: null },
        });
      } catch {
        set({
          state: {
            status: 'signed-out',
            notice: 'auth.notice.serverSilent',
          },
        });
      } finally {
        loading = null;
      }
    })();
    return loading;
  },
  adopt(session) {
    setCsrfToken(session.csrfToken);
    set({ state: { status: 'signed-in', session } });
  },
  async signIn(username, password) {
    const session = await sessionApi.signIn(username, password);
    setCsrfToken(session.csrfToken);
    set({ state: { status: 'signed-in', session } });
  },
  async chooseLocale(locale) {
    await switchLocale(locale);
    const { state } = get();
    if (state.status !== 'signed-in') return;
    set({
      state: { status: 'signed-in', session: withLocale(state.session, locale) },
    });
    try {
      await sessionApi.saveLocale(locale);
    } catch {
      // The page speaks it anyway; the next device asks the browser again.
    }
  },
  async signOut() {
    // First: whatever the server says, nothing of this user stays kept in this browser.
    await clearOfflineCopies();
    await sessionApi.signOut();
    setCsrfToken(null);
    set({ state: { status: 'signed-out', notice: 'auth.notice.signedOut' } });
  },
  sessionEnded() {
    if (get().state.status !== 'signed-in') return;
    setCsrfToken(null);
    void clearOfflineCopies();
    set({
      state: {
        status: 'signed-out',
        notice: 'auth.notice.sessionEnded',
      },
    });
  },
}));

/** The part of the session store `select` picks, kept up to date. */
export function useSession<Picked>(select: (store: SessionStore) => Picked): Picked {
  return useStore(sessionStore, select);
}
