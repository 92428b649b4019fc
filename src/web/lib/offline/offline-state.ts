// Whether the page shows the live agenda or the copy the service worker kept: the browser's own
// online flag, and when the copy being shown was received from the server (null: fresh).
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { offlineCaches, offlineCopyMeta } from './offline-copies.ts';

interface OfflineState {
  online: boolean;
  /** When what the page shows was received, when it is the worker's copy (ISO). */
  copyReceivedAt: string | null;
}

export const offlineState = createStore<OfflineState>()(() => ({
  online: globalThis.navigator?.onLine ?? true,
  copyReceivedAt: null,
}));

export function useOffline<T>(select: (state: OfflineState) => T): T {
  return useStore(offlineState, select);
}

/** Follows the browser's online and offline events, and reads whether the page is a copy. */
export function watchConnectivity(target: Window = window): void {
  const copy = target.document.querySelector(`meta[name="${offlineCopyMeta}"]`);
  const receivedAt = copy?.getAttribute('content') ?? null;
  if (receivedAt) offlineState.setState({ copyReceivedAt: receivedAt });
  const follow = () => offlineState.setState({ online: target.navigator.onLine });
  target.addEventListener('online', follow);
  target.addEventListener('offline', follow);
  follow();
}

/** An API answer arrived: fresh (no header) or the worker's copy received at the header's time. */
export function noteAnswer(copyReceivedAt: string | null): void {
  if (offlineState.getState().copyReceivedAt === copyReceivedAt) return;
  offlineState.setState({ copyReceivedAt });
}

/** The page is not showing what the server says now. */
export function showingCopy(): boolean {
  return offlineState.getState().copyReceivedAt !== null;
}

/**
 * Forgets every copy kept for this browser (the page with its user's first week, the API's
 * answers): on signing out or when the session ends, so the next person at a shared reception
 * desk finds nothing of the previous one's.
 */
export async function clearOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await Promise.all(Object.values(offlineCaches).map((name: string) => caches.delete(name)));
}
