import { t } from '../../lib/i18n/messages.ts';
import { VideoCameraIcon } from '../../ui/icons.tsx';
import './agenda-legend.css';

/**
 * What the colours and marks of the agenda mean; `openHours` when the slots layer is drawn,
 * `breaks` when the doctors' breaks are.
 */
export function AgendaLegend({
  openHours = false,
  breaks = false,
}: {
  openHours?: boolean;
  breaks?: boolean;
}) {
  return (
    <ul className="agenda-legend" aria-label={t('agenda.legend.label')}>
      <li className="agenda-legend__item">
        <span className="agenda-legend__swatch agenda-legend__swatch--visit" aria-hidden="true" />
        {t('agenda.kind.inPerson')}
      </li>
      <li className="agenda-legend__item">
        <span className="agenda-legend__swatch agenda-legend__swatch--online" aria-hidden="true" />
        <VideoCameraIcon />
        {t('agenda.kind.online')}
      </li>
      <li className="agenda-legend__item">
        <span
          className="agenda-legend__swatch agenda-legend__swatch--cancelled"
          aria-hidden="true"
        />
        <s>{t('agenda.legend.cancelled')}</s>
      </li>
      {breaks ? (
        <li className="agenda-legend__item">
          <span className="agenda-legend__swatch agenda-legend__swatch--break" aria-hidden="true" />
          {t('agenda.legend.break')}
        </li>
      ) : null}
      {openHours ? (
        <li className="agenda-legend__item" title={t('agenda.legend.openHours.hint')}>
          <span
            className="agenda-legend__swatch agenda-legend__swatch--open-online"
            aria-hidden="true"
          />
          <span
            className="agenda-legend__swatch agenda-legend__swatch--open-regular"
            aria-hidden="true"
          />
          {t('agenda.legend.openHours')}
        </li>
      ) : null}
    </ul>
  );
}
