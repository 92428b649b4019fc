// The agenda's service worker: the app's files precached (it opens without the network), and the
// last page and API answers kept so the last synced days stay readable offline. Network first:
// online, everything is as fresh as without it; a copy is only used when the server cannot be
// reached, and says so (a header, a meta tag) so the page shows it is offline.
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  keptForOffline,
  markPageAsCopy,
  offlineCaches,
  offlineCopyHeader,
  receivedAtOf,
} from '../lib/offline/offline-copies.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
self.skipWaiting();
clientsClaim();

const onlyWhole: WorkboxPlugin = new CacheableResponsePlugin({ statuses: [200] });

/** A copy served instead of the network: marked with when it was received. */
const markedCopy = (kind: 'page' | 'api'): WorkboxPlugin => ({
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const receivedAt = receivedAtOf(cachedResponse, new Date());
    const headers = new Headers(cachedResponse.headers);
    headers.set(offlineCopyHeader, receivedAt);
    const body =
      kind === 'page'
        ? markPageAsCopy(await cachedResponse.text(), receivedAt)
        : cachedResponse.body;
    return new Response(body, { status: cachedResponse.status, headers });
  },
});

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({ cacheName: offlineCaches.pages, plugins: [onlyWhole, markedCopy('page')] }),
);

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' && url.origin === self.location.origin && keptForOffline(url.pathname),
  new NetworkFirst({ cacheName: offlineCaches.api, plugins: [onlyWhole, markedCopy('api')] }),
);
