import { VideoCameraIcon } from '../../ui/icons.tsx';
import './agenda-legend.css';

/** What the colours and marks of the agenda mean. */
export function AgendaLegend() {
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
    </ul>
  );
}
