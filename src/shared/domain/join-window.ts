// When the doctor can join a video visit. The patient's link opens an hour before the visit
// (Docplanner's guide), so the doctor's button opens then too; it stays usable for a while after
// the planned end because visits overrun; it is emphasised ("Join now") shortly before the start.

export interface JoinWindowSettings {
  /** Minutes before the start from which the button is active. */
  opensBeforeMinutes: number;
  /** Minutes before the start from which it says "Join now". */
  emphasisBeforeMinutes: number;
  /** Minutes after the end until which it stays active. */
  closesAfterMinutes: number;
}

export const defaultJoinWindow: JoinWindowSettings = {
  opensBeforeMinutes: 60,
  emphasisBeforeMinutes: 10,
  closesAfterMinutes: 30,
};

export type JoinState =
  | { kind: 'not-yet'; opensAtMs: number }
  | { kind: 'open'; emphasised: boolean; closesAtMs: number }
  | { kind: 'closed' }
  | { kind: 'canceled' };

const minute = 60_000;

export function joinState(
  visit: { startMs: number; endMs: number; canceled: boolean },
  nowMs: number,
  settings: JoinWindowSettings = defaultJoinWindow,
): JoinState {
  if (visit.canceled) return { kind: 'canceled' };
  const opensAtMs = visit.startMs - settings.opensBeforeMinutes * minute;
  const emphasisAtMs = visit.startMs - settings.emphasisBeforeMinutes * minute;
  const closesAtMs = visit.endMs + settings.closesAfterMinutes * minute;
  if (nowMs < opensAtMs) return { kind: 'not-yet', opensAtMs };
  if (nowMs >= closesAtMs) return { kind: 'closed' };
  return { kind: 'open', emphasised: nowMs >= emphasisAtMs, closesAtMs };
}

/** The next moment the state can change (for a timer), or null when it never will again. */
export function nextJoinChangeMs(
  visit: { startMs: number; endMs: number; canceled: boolean },
  nowMs: number,
  settings: JoinWindowSettings = defaultJoinWindow,
): number | null {
  if (visit.canceled) return null;
  const moments = [
    visit.startMs - settings.opensBeforeMinutes * minute,
    visit.startMs - settings.emphasisBeforeMinutes * minute,
    visit.endMs + settings.closesAfterMinutes * minute,
  ].filter((moment) => moment > nowMs);
  return moments.length > 0 ? Math.min(...moments) : null;
}
