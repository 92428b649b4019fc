// Where the doctor chooses how to be reminded: desktop alerts (the browser asks only after this
// explanation, when the doctor presses the button) and an optional sound, off by default.
import { useId, useState } from 'react';
import { defaultReminderLeadMinutes } from '../../../shared/domain/reminder-times.ts';
import { activeIntlTag, t } from '../../lib/i18n/messages.ts';
import { type AlertPermission, alertPermission, askForDesktopAlerts } from './desktop-alerts.ts';
import { isReminderSoundOn, playReminderTone, rememberReminderSound } from './reminder-sound.ts';
import './reminder-preferences.css';

/** `10 and 2 minutes`: the list in the page's language, the unit agreeing with the last number. */
function whyText(leadMinutes: readonly number[]): string {
  const sorted = [...new Set(leadMinutes)].sort((a, b) => b - a);
  const times = sorted.length === 0 ? [10] : sorted;
  const number = new Intl.NumberFormat(activeIntlTag());
  return t('reminders.preferences.why', {
    times: new Intl.ListFormat(activeIntlTag(), { type: 'conjunction' }).format(
      times.map((each) => number.format(each)),
    ),
    last: times.at(-1) ?? 10,
  });
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
          <p className="reminder-preferences__why">{whyText(leadMinutes)}</p>
          <button
            type="button"
            className="reminder-preferences__ask"
            onClick={() => void askForDesktopAlerts().then(setPermission)}
          >
            {t('reminders.preferences.ask')}
          </button>
        </div>
      ) : permission === 'granted' ? (
        <p className="reminder-preferences__state">{t('reminders.preferences.granted')}</p>
      ) : permission === 'denied' ? (
        <p className="reminder-preferences__state">{t('reminders.preferences.denied')}</p>
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
        {t('reminders.preferences.sound')}
      </label>
    </div>
  );
}
