import { VideoCameraIcon } from '../../ui/icons.tsx';
import './agenda-legend.css';

/** What the colours and marks of the agenda mean; `openHours` when the slots layer is drawn. */
export function AgendaLegend({ openHours = false }: { openHours?: boolean }) {
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
