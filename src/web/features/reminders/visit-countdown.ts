// How far away an online visit is, in the words of a doctor glancing at the screen, in the
// page's language (called while rendering, so always the active one).
import { t } from '../../lib/i18n/messages.ts';

const minute = 60_000;

/** `in 8 min`, `in 1 h 5 min`, `starting now`, `started 3 min ago`, `ended`. */
export function visitCountdown(startMs: number, endMs: number, nowMs: number): string {
  if (nowMs >= endMs) return t('reminders.countdown.ended');
  const untilStart = startMs - nowMs;
  if (untilStart >= minute) {
    const total = Math.ceil(untilStart / minute);
    if (total < 60) return t('reminders.countdown.inMinutes', { minutes: total });
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    return minutes === 0
      ? t('reminders.countdown.inHours', { hours })
      : t('reminders.countdown.inHoursMinutes', { hours, minutes });
  }
  if (untilStart > -minute) return t('reminders.countdown.startingNow');
  const total = Math.floor(-untilStart / minute);
  if (total < 60) return t('reminders.countdown.startedMinutes', { minutes: total });
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return minutes === 0
    ? t('reminders.countdown.startedHours', { hours })
    : t('reminders.countdown.startedHoursMinutes', { hours, minutes });
}
