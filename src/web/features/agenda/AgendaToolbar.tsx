// Above the calendar: Today, previous / next, the period's title, a date picker and the view.
import type { CalendarController } from '@fullcalendar/react';
import { useId } from 'react';
import { type MessageId, t } from '../../lib/i18n/messages.ts';
import { DateField } from '../../ui/DateField.tsx';
import { type CalendarView, calendarViews } from './agenda-filters.ts';
import './agenda-toolbar.css';

// Whole labels per view, not "Previous" + a period word: the adjective agrees with the period in
// most of our languages (Vorheriger Tag, Vorherige Woche).
const previousLabel: Record<CalendarView, MessageId> = {
  timeGridDay: 'agenda.toolbar.previous.day',
  timeGridWeek: 'agenda.toolbar.previous.week',
  dayGridMonth: 'agenda.toolbar.previous.month',
  listWeek: 'agenda.toolbar.previous.week',
};

const nextLabel: Record<CalendarView, MessageId> = {
  timeGridDay: 'agenda.toolbar.next.day',
  timeGridWeek: 'agenda.toolbar.next.week',
  dayGridMonth: 'agenda.toolbar.next.month',
  listWeek: 'agenda.toolbar.next.week',
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
  const dateId = useId();
  return (
    <div className="agenda-toolbar">
      <div className="agenda-toolbar__nav">
        <button type="button" className="agenda-toolbar__button" onClick={() => controller.today()}>
          {t('agenda.toolbar.today')}
        </button>
        <div className="agenda-toolbar__arrows">
          <button
            type="button"
            className="agenda-toolbar__button agenda-toolbar__arrow"
            aria-label={t(previousLabel[view])}
            onClick={() => controller.prev()}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="agenda-toolbar__button agenda-toolbar__arrow"
            aria-label={t(nextLabel[view])}
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
        <span className="agenda-toolbar__date">
          {/* Its own label element: the field's written date stays out of the label's text. */}
          <label htmlFor={dateId} className="visually-hidden">
            {t('agenda.toolbar.goToDate')}
          </label>
          <DateField
            id={dateId}
            value={date}
            onChange={(event) => {
              if (event.target.value) controller.gotoDate(event.target.value);
            }}
          />
        </span>
        <fieldset className="agenda-toolbar__views">
          <legend className="visually-hidden">{t('agenda.toolbar.view')}</legend>
          {calendarViews.map((each) => (
            <button
              key={each.view}
              type="button"
              className="agenda-toolbar__view"
              aria-pressed={each.view === view}
              onClick={() => onView(each.view)}
            >
              {t(each.label)}
            </button>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
