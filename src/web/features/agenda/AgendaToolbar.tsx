// Above the calendar: Today, previous / next, the period's title, a date picker and the view.
import type { CalendarController } from '@fullcalendar/react';
import { type CalendarView, calendarViews } from './agenda-filters.ts';
import './agenda-toolbar.css';

const periodWord: Record<CalendarView, string> = {
  timeGridDay: 'day',
  timeGridWeek: 'week',
  dayGridMonth: 'month',
  listWeek: 'week',
};

export interface AgendaToolbarProps {
  controller: CalendarController;
  view: CalendarView;
  title: string;
  /** The day the view is on, `YYYY-MM-DD` in the facility's calendar. */
  date: string;
  onView: (view: CalendarView) => void;
}

export function AgendaToolbar({ controller, view, title, date, onView }: AgendaToolbarProps) {
  const word = periodWord[view];
  return (
    <div className="agenda-toolbar">
      <div className="agenda-toolbar__nav">
        <button type="button" className="agenda-toolbar__button" onClick={() => controller.today()}>
          Today
        </button>
        <div className="agenda-toolbar__arrows">
          <button
            type="button"
            className="agenda-toolbar__button agenda-toolbar__arrow"
            aria-label={`Previous ${word}`}
            onClick={() => controller.prev()}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="agenda-toolbar__button agenda-toolbar__arrow"
            aria-label={`Next ${word}`}
            onClick={() => controller.next()}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <h2 className="agenda-toolbar__title" aria-live="polite">
          {title}
        </h2>
      </div>
      <div className="agenda-toolbar__tools">
        <label className="agenda-toolbar__date">
          <span className="visually-hidden">Go to date</span>
          <input
            type="date"
            value={date}
            onChange={(event) => {
              if (event.target.value) controller.gotoDate(event.target.value);
            }}
          />
        </label>
        <fieldset className="agenda-toolbar__views">
          <legend className="visually-hidden">View</legend>
          {calendarViews.map((each) => (
            <button
              key={each.view}
              type="button"
              className="agenda-toolbar__view"
              aria-pressed={each.view === view}
              onClick={() => onView(each.view)}
            >
              {each.label}
            </button>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
