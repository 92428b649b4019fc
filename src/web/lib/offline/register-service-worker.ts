// Registers the service worker of the production build (dist/sw.js): the app opens without the
// network and the last synced days stay readable offline. Not in `npm run dev` nor in tests.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('The agenda will not be readable offline: no service worker', String(error));
    });
  });
}
