// Reception's day with several doctors: one column per doctor, built from FullCalendar's free
// time grid. The view spans as many "days" as doctors; column i holds doctor i's visits of the
// day shown (shifted by i days), its header names the doctor, and the arrows move one day.
// What goes into a column is shifted forward by its index; what comes back out of one (a
// selection, a drop) is shifted back onto the day shown and belongs to the column's doctor.
import type { CalendarController, DayHeaderInfo, EventInput } from '@fullcalendar/react';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { AgendaDoctor } from '../../../shared/api/agenda.ts';
import { activeIntlTag } from '../../lib/i18n/messages.ts';
import { useServerNow } from '../../lib/server-clock.ts';
import type { CalendarView } from './agenda-filters.ts';
import type { SlotWindow } from './calendar-events.ts';
import { viewOptions } from './calendar-options.ts';
import { type DoctorMark, doctorMarks } from './doctor-marks.ts';

export const doctorsDay = 'doctorsDay';

type Doctors = readonly AgendaDoctor[] | undefined;
type Marks = ReadonlyMap<string, DoctorMark> | null;

function plainDateOf(date: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(date.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

function shiftDays(instant: string, days: number, timeZone: string): string {
  if (days === 0) return instant;
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .add({ days })
    .toInstant()
    .toString();
}

/** The column (from 0) a time of the doctor columns falls in. */
function columnAt(at: Date, shownDate: string, timeZone: string): number {
  return plainDateOf(at, timeZone).since(Temporal.PlainDate.from(shownDate)).days;
}

/**
 * The items of the day shown, each moved into its doctor's column; the others (another day, a
 * doctor without a column) are left out.
 */
export function intoColumns<T extends { doctorId: string; start: string; end: string }>(
  items: readonly T[],
  eventOf: (item: T) => EventInput,
  columns: ReadonlyMap<string, number>,
  shownDate: string,
  timeZone: string,
): EventInput[] {
  const day = Temporal.PlainDate.from(shownDate);
  return items.flatMap((item) => {
    const column = columns.get(item.doctorId);
    const start = Temporal.Instant.from(item.start).toZonedDateTimeISO(timeZone);
    if (column === undefined || Temporal.PlainDate.compare(start.toPlainDate(), day) !== 0) {
      return [];
    }
    return [
      {
        ...eventOf(item),
        start: shiftDays(item.start, column, timeZone),
        end: shiftDays(item.end, column, timeZone),
      },
    ];
  });
}

/** A range selected in a doctor column: its "day" is that doctor; the hours are on the day shown. */
export function selectionInColumns(
  from: Date,
  to: Date,
  doctors: Doctors,
  shownDate: string,
  timeZone: string,
): { start: string; end: string; doctorId: string | null } {
  const column = columnAt(from, shownDate, timeZone);
  return {
    start: shiftDays(from.toISOString(), -column, timeZone),
    end: shiftDays(to.toISOString(), -column, timeZone),
    doctorId: doctors?.[column]?.id ?? null,
  };
}

/**
 * Where a drop in a doctor column puts an item (visit or break): it stays with its doctor, on
 * the day shown; null in another doctor's column.
 */
export function dropInColumns(
  at: Date,
  doctorId: string,
  doctors: Doctors,
  shownDate: string,
  timeZone: string,
): string | null {
  const column = columnAt(at, shownDate, timeZone);
  if (doctors?.[column]?.id !== doctorId) return null;
  return shiftDays(at.toISOString(), -column, timeZone);
}

/** The now line across every doctor column: a CSS offset within the grid's hours. */
function nowOffset(nowMs: number, timeZone: string, slotMin: string, slotMax: string): string {
  const now = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(timeZone);
  const minutes = now.hour * 60 + now.minute;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const from = toMinutes(slotMin);
  const to = toMinutes(slotMax);
  return `${Math.min(100, Math.max(0, ((minutes - from) / (to - from)) * 100)).toFixed(3)}%`;
}

/** The toolbar's title over the doctor columns: the day shown, not the span of "days". */
export function formatDayTitle(date: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(activeIntlTag(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function DoctorColumnHeader({ mark }: { mark: DoctorMark }) {
  return (
    <span className="doctor-column" style={{ '--doctor-color': mark.color } as CSSProperties}>
      <span className="doctor-column__initials" aria-hidden="true">
        {mark.initials}
      </span>
      <span className="doctor-column__name">{mark.fullName}</span>
    </span>
  );
}

function doctorsDayView(doctors: Doctors, marks: Marks, shownDate: string, timeZone: string) {
  return {
    type: 'timeGrid',
    duration: { days: Math.max(1, doctors?.length ?? 1) },
    dateIncrement: { days: 1 },
    nowIndicator: false,
    dayHeaderContent: (info: DayHeaderInfo) => {
      const doctor = doctors?.[columnAt(info.date, shownDate, timeZone)];
      const mark = doctor ? marks?.get(doctor.id) : undefined;
      return mark ? <DoctorColumnHeader mark={mark} /> : null;
    },
  };
}

/**
 * Whether the doctor columns replace the day view, the doctors' marks, and the views FullCalendar
 * is given; keeps FullCalendar on the view the toolbar asked for (or the doctor columns).
 */
export function useDoctorColumns({
  controller,
  view,
  doctors,
  doctorId,
  shownDate,
  timeZone,
}: {
  controller: CalendarController;
  view: CalendarView;
  doctors: Doctors;
  doctorId: string | null;
  /** The day the calendar is on, `YYYY-MM-DD`. */
  shownDate: string;
  timeZone: string;
}) {
  // The doctor on every block whenever more than one doctor is shown.
  const marks = useMemo(
    () => (doctorId === null && doctors && doctors.length > 1 ? doctorMarks(doctors) : null),
    [doctors, doctorId],
  );
  const byDoctor = view === 'timeGridDay' && marks !== null && doctors !== undefined;
  const calendarView = byDoctor ? doctorsDay : view;
  // Only the first view counts for FullCalendar: afterwards the effect below changes it.
  const [firstCalendarView] = useState(calendarView);
  const columns = useMemo(
    () => new Map((doctors ?? []).map((doctor, index) => [doctor.id, index])),
    [doctors],
  );
  const views = useMemo(
    () => ({ ...viewOptions, [doctorsDay]: doctorsDayView(doctors, marks, shownDate, timeZone) }),
    [doctors, marks, shownDate, timeZone],
  );
  // Follow the view the toolbar asked for, and the doctor columns when several doctors are shown.
  useEffect(() => {
    if (controller.view && controller.view.type !== calendarView)
      controller.changeView(calendarView);
  }, [controller, calendarView]);
  return { marks, byDoctor, firstCalendarView, columns, views };
}

/**
 * The doctor columns' own now line (FullCalendar's is off there): the server's time, read each
 * minute while they are shown. Whether the day shown is today, and the style that places the line.
 */
export function useDoctorColumnsNow(
  byDoctor: boolean,
  shownDate: string,
  timeZone: string,
  slots: SlotWindow,
): { isToday: boolean; style: CSSProperties | undefined } {
  const nowMs = useServerNow(byDoctor ? 60_000 : null);
  const isToday =
    shownDate ===
    Temporal.Instant.fromEpochMilliseconds(nowMs)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString();
  const style = byDoctor
    ? ({ '--now-offset': nowOffset(nowMs, timeZone, slots.min, slots.max) } as CSSProperties)
    : undefined;
  return { isToday, style };
}
