// A notification's body as received (a webhook, a pulled item, a dead letter), read once the same
// way wherever it is read: JSON, then the envelope, then its name looked up in the table of
// notification kinds. The webhook answers with it, the processor and the dead-letter replay
// interpret what it returns.
import {
  normaliseNotificationName,
  notificationKindOf,
  notificationSchema,
  type ReadNotification,
} from '../../shared/docplanner/notification.ts';

export type NotificationBody =
  | ({ ok: true } & ReadNotification)
  /** Why it was not read, in the words kept with the dead letter, and the schema's issues. */
  | { ok: false; reason: 'not JSON' | 'not a notification'; issues: string };

export function readNotificationBody(body: string): NotificationBody {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not JSON', issues: '' };
  }
  const parsed = notificationSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ');
    return { ok: false, reason: 'not a notification', issues };
  }
  const event = normaliseNotificationName(parsed.data.name);
  return { ok: true, notification: parsed.data, event, kind: notificationKindOf(event) };
}
