// Browser notifications for reminders. Permission is asked only when the doctor presses the
// button that explains why (never on page load); until then, and when refused, toasts suffice.

export type AlertPermission = NotificationPermission | 'unsupported';

export function alertPermission(): AlertPermission {
  return typeof globalThis.Notification === 'function'
    ? globalThis.Notification.permission
    : 'unsupported';
}

export async function askForDesktopAlerts(): Promise<AlertPermission> {
  if (typeof globalThis.Notification !== 'function') return 'unsupported';
  return globalThis.Notification.requestPermission();
}

/** Shows one notification per reminder id (`tag`: the system replaces rather than repeats). */
export function showDesktopAlert(reminderId: string, title: string, body: string): void {
  if (alertPermission() !== 'granted') return;
  try {
    const notification = new globalThis.Notification(title, { body, tag: reminderId });
    notification.onclick = () => {
      globalThis.focus?.();
      notification.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker; the toast is still there.
  }
}
