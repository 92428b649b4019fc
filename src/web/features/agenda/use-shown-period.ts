// The period the calendar is on, as FullCalendar reports it on every move (Today, the arrows,
// the picker, a change of view): its title and day in the facility's calendar, and loading it.
import type { CalendarController, DatesSetInfo } from '@fullcalendar/react';
import { useCallback, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import { daysToRange } from '../../lib/facility-time.ts';
import { doctorsDay } from './doctor-columns.tsx';
import { useAgenda } from './use-agenda.tsx';

export interface ShownPeriod {
  /** FullCalendar's title of the period. */
  title: string;
  /** The day the calendar is on, `YYYY-MM-DD`. */
  date: string;
}

/** The period shown, and FullCalendar's `datesSet` that follows and loads it. */
export function useShownPeriod(
  initialDate: string,
  controller: CalendarController,
  timeZone: string,
): { shown: ShownPeriod; onDatesSet: (info: DatesSetInfo) => void } {
  const [shown, setShown] = useState<ShownPeriod>({ title: '', date: initialDate });
  const showRange = useAgenda((state) => state.showRange);
  const onDatesSet = useCallback(
    (info: DatesSetInfo) => {
      // The day the calendar is on (what Today / the picker moved to), in the facility's calendar.
      const on =
        info.view.type === doctorsDay
          ? info.view.currentStart
          : (controller.getDate() ?? info.view.currentStart);
      const date = Temporal.Instant.fromEpochMilliseconds(on.getTime())
        .toZonedDateTimeISO(timeZone)
        .toPlainDate()
        .toString();
      setShown({ title: info.view.title, date });
      // The doctor columns span several "days" but show one: load that day only.
      const endDay =
        info.view.type === doctorsDay
          ? Temporal.PlainDate.from(date).add({ days: 1 }).toString()
          : info.endStr.slice(0, 10);
      void showRange(daysToRange(info.startStr.slice(0, 10), endDay, timeZone));
    },
    [showRange, timeZone, controller],
  );
  return { shown, onDatesSet };
}
