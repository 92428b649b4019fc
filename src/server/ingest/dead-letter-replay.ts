// An admin's replay of a dead letter: once the cause is fixed (a newer build reads what an older
// one could not), the body is read again exactly as the processor would, and only a body that
// now reads is written to the inbox, once, in the same transaction that marks it replayed.
import { interpretNotification } from '../projection/observations-from-notification.ts';
import type { Store } from '../store/store.ts';
import { readNotificationBody } from './notification-body.ts';

export type ReplayOutcome =
  | { kind: 'replayed'; inboxId: number }
  | { kind: 'not_found' }
  | { kind: 'already'; replayedAt: string; inboxId: number | null }
  | { kind: 'still_invalid'; reason: string };

/** Why `body` would be dead-lettered again, or null when the processor can read it. */
export function whyUnreadable(body: string): string | null {
  const read = readNotificationBody(body);
  if (!read.ok) return read.reason;
  const interpretation = interpretNotification(read);
  return interpretation.kind === 'invalid' ? interpretation.reason.slice(0, 500) : null;
}

export function createDeadLetterReplay(options: {
  store: Store;
  /** The inbox has a new entry: process it. */
  onWritten: () => void;
  now?: () => number;
}) {
  const { store } = options;
  const now = options.now ?? Date.now;
  return {
    async replay(id: number): Promise<ReplayOutcome> {
      const letter = await store.deadLetters.get(id);
      if (!letter) return { kind: 'not_found' };
      if (letter.replayedAt) {
        return { kind: 'already', replayedAt: letter.replayedAt, inboxId: letter.replayedInboxId };
      }
      const reason = whyUnreadable(letter.body);
      if (reason !== null) return { kind: 'still_invalid', reason };
      const atIso = new Date(now()).toISOString();
      const inboxId = await store.transaction(async () => {
        const appended = await store.inbox.append(
          letter.source === 'pull' ? 'pull' : 'push',
          letter.body,
          atIso,
        );
        if (!(await store.deadLetters.markReplayed(id, appended, atIso))) {
          throw new Error(`dead letter ${id} was replayed meanwhile`);
        }
        return appended;
      });
      options.onWritten();
      return { kind: 'replayed', inboxId };
    },
  };
}
export type DeadLetterReplay = ReturnType<typeof createDeadLetterReplay>;
