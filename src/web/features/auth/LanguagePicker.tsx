// The language the agenda speaks, chosen by the user: each language named in its own words, and
// remembered on the server once signed in (every device then opens in it).
import { useId } from 'react';
import { type Locale, localeNames, locales } from '../../../shared/i18n/locales.ts';
import { useLocale } from '../../lib/i18n/locale-store.ts';
import { t } from '../../lib/i18n/messages.ts';
import { useSession } from './session-store.ts';
import './language-picker.css';

/** `labelHidden`: the label is read by screen readers only (the header, short of room). */
export function LanguagePicker({ labelHidden = false }: { labelHidden?: boolean }) {
  const locale = useLocale((store) => store.locale);
  const chooseLocale = useSession((store) => store.chooseLocale);
  const id = useId();
  return (
    <span className="language-picker">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'language-picker__label'}>
        {t('auth.language.label')}
      </label>
      <select
        id={id}
        className="language-picker__select"
        value={locale}
        onChange={(event) => void chooseLocale(event.target.value as Locale)}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </span>
  );
}
