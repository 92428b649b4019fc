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
    <ul className="agenda-legend" aria-label="Legend">
      <li className="agenda-legend__item">
        <span className="agenda-legend__swatch agenda-legend__swatch--visit" aria-hidden="true" />
        In-person visit
      </li>
      <li className="agenda-legend__item">
        <span className="agenda-legend__swatch agenda-legend__swatch--online" aria-hidden="true" />
        <VideoCameraIcon />
        Online visit (purple, as on Docplanner's online calendars)
      </li>
      <li className="agenda-legend__item">
        <span
          className="agenda-legend__swatch agenda-legend__swatch--cancelled"
          aria-hidden="true"
        />
        <s>Cancelled</s>
      </li>
      {breaks ? (
        <li className="agenda-legend__item">
          <span className="agenda-legend__swatch agenda-legend__swatch--break" aria-hidden="true" />
          Break
        </li>
      ) : null}
      {openHours ? (
        <li
          className="agenda-legend__item"
          title="Hours open for booking on Docplanner: purple at the online address, grey at the regular one"
        >
          <span
            className="agenda-legend__swatch agenda-legend__swatch--open-online"
            aria-hidden="true"
          />
          <span
            className="agenda-legend__swatch agenda-legend__swatch--open-regular"
            aria-hidden="true"
          />
          Open hours
        </li>
      ) : null}
    </ul>
  );
}
