// What the service worker keeps for the agenda to stay readable offline, and how a copy says it
// is one. Shared by the worker and the page (which clears the copies when its user signs out).

/** The last page (with its user's first week written in) and the last answers of the API. */
export const offlineCaches = { pages: 'agenda-pages-v1', api: 'agenda-api-v1' } as const;

/** On an API answer served from the copy: when it was received from the server (ISO). */
export const offlineCopyHeader = 'x-agenda-offline-copy';

/** On a page served from the copy: `<meta name=… content=ISO>`. */
export const offlineCopyMeta = 'agenda-offline-copy';

/**
 * The API reads kept for offline: what the agenda and its panels show. Never the live stream,
 * the metrics, writes, or anything that is not a plain read of the clinic's data.
 */
export function keptForOffline(pathname: string): boolean {
  if (!pathname.startsWith('/api/')) return false;
  return !/^\/api\/(live|metrics|health|webhook|auth\/sign-in)\b/.test(pathname);
}

/** The page's HTML marked as the copy received at `receivedAt`. */
export function markPageAsCopy(html: string, receivedAt: string): string {
  const meta = `<meta name="${offlineCopyMeta}" content="${receivedAt.replace(/[^0-9A-Za-z:.+-]/g, '')}">`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${meta}`)
    : html;
}

/** When a response was received from the server: its `Date` header, else now. */
export function receivedAtOf(response: Response, now: Date): string {
  const date = Date.parse(response.headers.get('date') ?? '');
  return new Date(Number.isNaN(date) ? now.getTime() : date).toISOString();
}
