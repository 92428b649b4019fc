// Where the doctor chooses how to be reminded: desktop alerts (the browser asks only after this
// explanation, when the doctor presses the button) and an optional sound, off by default.
import { useId, useState } from 'react';
import { defaultReminderLeadMinutes } from '../../../shared/domain/reminder-times.ts';
import { type AlertPermission, alertPermission, askForDesktopAlerts } from './desktop-alerts.ts';
import { isReminderSoundOn, playReminderTone, rememberReminderSound } from './reminder-sound.ts';

function leadText(leadMinutes: readonly number[]): string {
  const sorted = [...new Set(leadMinutes)].sort((a, b) => b - a);
  if (sorted.length <= 1) return `${sorted[0] ?? 10} minutes`;
  return `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)} minutes`;
}

export function ReminderPreferences({
  leadMinutes = defaultReminderLeadMinutes,
}: {
  /** When reminders fall due (settings.reminderLeadMinutes). */
  leadMinutes?: readonly number[];
}) {
  const [permission, setPermission] = useState<AlertPermission>(alertPermission);
  const [soundOn, setSoundOn] = useState(isReminderSoundOn);
  const soundId = useId();

  return (
    <div className="reminder-preferences">
      {permission === 'default' ? (
        <div className="reminder-preferences__alerts">
          <p className="reminder-preferences__why">
            Get a desktop alert {leadText(leadMinutes)} before each video visit, even when this tab
            is in the background. Your browser will ask you to allow it.
          </p>
          <button
            type="button"
            className="reminder-preferences__ask"
            onClick={() => void askForDesktopAlerts().then(setPermission)}
          >
            Get desktop alerts
          </button>
        </div>
      ) : permission === 'granted' ? (
        <p className="reminder-preferences__state">Desktop alerts are on for this browser.</p>
      ) : permission === 'denied' ? (
        <p className="reminder-preferences__state">
          Desktop alerts are blocked in this browser's site settings; reminders still appear here.
        </p>
      ) : null}
      <label className="reminder-preferences__sound" htmlFor={soundId}>
        <input
          id={soundId}
          type="checkbox"
          checked={soundOn}
          onChange={(event) => {
            const on = event.target.checked;
            setSoundOn(on);
            rememberReminderSound(on);
            // Played on the click itself: browsers allow sound after a gesture, and the doctor
            // hears what the reminder will sound like.
            if (on) playReminderTone();
          }}
        />
        Play a sound with each reminder
      </label>
    </div>
  );
}
