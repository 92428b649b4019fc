// A toast per active reminder of an online visit — patient, time, how soon, Join, Snooze, Dismiss —
// in a polite live region, plus a desktop notification and the optional chime when one arrives.
// What is shown is exactly the server's list (see reminders-store).
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ActiveReminder } from '../../../shared/api/reminders.ts';
import type { JoinWindowSettings } from '../../../shared/domain/join-window.ts';
import { formatTime, formatTimeRange } from '../../lib/facility-time.ts';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { type ServerClock, serverClock, useServerNow } from '../../lib/server-clock.ts';
import { useSettings } from '../../lib/settings.ts';
import { patientName } from '../../lib/visit-text.ts';
import { VideoCameraIcon } from '../../ui/icons.tsx';
import { showDesktopAlert } from './desktop-alerts.ts';
import { JoinVideoButton } from './JoinVideoButton.tsx';
import { isReminderSoundOn, playReminderTone } from './reminder-sound.ts';
import { type ReminderProblem, type RemindersStore, remindersStore } from './reminders-store.ts';
import { visitCountdown } from './visit-countdown.ts';
import './reminder-toasts.css';

export interface ReminderToastsProps {
  timeZone: string;
  /** The page's server clock unless a test gives its own. */
  clock?: ServerClock;
  store?: RemindersStore;
}

export function ReminderToasts({
  timeZone,
  clock = serverClock,
  store = remindersStore,
}: ReminderToastsProps) {
  const reminders = useStore(store, (state) => state.reminders);
  const joinWindow = useSettings((settings) => settings.joinWindow);
  const snoozeMinutes = useSettings((settings) => settings.snoozeMinutes);
  const nowMs = useServerNow(1000, clock);
  useAlertOnArrival(reminders, timeZone);

  return (
    <section className="reminder-toasts" aria-label={t('reminders.toasts.label')}>
      <div className="reminder-toasts__list" aria-live="polite" aria-relevant="additions">
        {reminders.map((reminder) => (
          <ReminderToast
            key={reminder.id}
            reminder={reminder}
            nowMs={nowMs}
            timeZone={timeZone}
            joinWindow={joinWindow}
            snoozeMinutes={snoozeMinutes}
            store={store}
          />
        ))}
      </div>
    </section>
  );
}

function ReminderToast({
  reminder,
  nowMs,
  timeZone,
  joinWindow,
  snoozeMinutes,
  store,
}: {
  reminder: ActiveReminder;
  nowMs: number;
  timeZone: string;
  joinWindow: JoinWindowSettings;
  snoozeMinutes: number;
  store: RemindersStore;
}) {
  const busy = useStore(store, (state) => state.busyIds.has(reminder.id));
  const problem = useStore(store, (state) =>
    state.problem?.reminderId === reminder.id ? state.problem : null,
  );
  const { visit } = reminder;
  const who = patientName(visit);
  const startMs = Date.parse(visit.start);
  const endMs = Date.parse(visit.end);
  const when = visitCountdown(startMs, endMs, nowMs);
  const titleId = `reminder-${reminder.id}`;

  return (
    <article className="reminder-toast" aria-labelledby={titleId} data-reminder-id={reminder.id}>
      <div className="reminder-toast__body">
        <p className="reminder-toast__kicker">
          <VideoCameraIcon size={14} />
          {t('reminders.toast.kicker')} <span className="reminder-toast__when">{when}</span>
        </p>
        <h2 className="reminder-toast__patient" id={titleId}>
          {who}
        </h2>
        <p className="reminder-toast__time">
          {formatTimeRange(visit.start, visit.end, timeZone)}
          {visit.service ? ` · ${visit.service.name}` : ''}
        </p>
        {problem ? (
          <p className="reminder-toast__problem" role="alert">
            {problemText(problem)}
          </p>
        ) : null}
        <div className="reminder-toast__actions">
          <JoinVideoButton
            visit={visit}
            nowMs={nowMs}
            joinWindow={joinWindow}
            timeZone={timeZone}
          />
          <button
            type="button"
            className="reminder-toast__action"
            disabled={busy}
            aria-label={t('reminders.toast.snooze.label', { minutes: snoozeMinutes, patient: who })}
            onClick={() => void store.getState().snooze(reminder.id, snoozeMinutes)}
          >
            {t('reminders.toast.snooze', { minutes: snoozeMinutes })}
          </button>
          <button
            type="button"
            className="reminder-toast__action"
            disabled={busy}
            aria-label={t('reminders.toast.dismiss.label', { patient: who })}
            onClick={() => void store.getState().dismiss(reminder.id)}
          >
            {t('reminders.toast.dismiss')}
          </button>
        </div>
      </div>
    </article>
  );
}

const problemTexts: Record<ReminderProblem['action'], MessageId> = {
  dismiss: 'reminders.problem.dismiss',
  snooze: 'reminders.problem.snooze',
};

function problemText(problem: ReminderProblem): string {
  return t(problemTexts[problem.action], {
    reason: problem.reason.replace(/\.$/, ''),
  });
}

/** A desktop notification and the chime, once per reminder this tab has not seen yet. */
function useAlertOnArrival(reminders: readonly ActiveReminder[], timeZone: string): void {
  const seen = useRef(new Set<string>());
  useEffect(() => {
    const fresh = reminders.filter((reminder) => !seen.current.has(reminder.id));
    for (const reminder of fresh) {
      seen.current.add(reminder.id);
      const { visit } = reminder;
      showDesktopAlert(
        reminder.id,
        t('reminders.alert.title', { minutes: reminder.leadMinutes }),
        t('reminders.alert.body', {
          patient: patientName(visit),
          time: formatTime(visit.start, timeZone),
        }),
      );
    }
    if (fresh.length > 0 && isReminderSoundOn()) playReminderTone();
  }, [reminders, timeZone]);
}
