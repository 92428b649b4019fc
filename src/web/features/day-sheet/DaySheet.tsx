// One doctor's day on paper: a header (doctor, addresses, day, when printed) and a table of the
// visits in time order. Cancelled visits stay in their place, struck through and named so.
// Made to print black on white (day-sheet.css); the CSV link is for the screen only.
import type { ReactNode } from 'react';
import type { AgendaAddress, AgendaDoctor } from '../../../shared/api/agenda.ts';
import { t } from '../../lib/i18n/messages.ts';
import type { SheetLine } from './day-sheet-words.ts';

export interface DaySheetProps {
  doctor: AgendaDoctor;
  /** The doctor's addresses, as the agenda knows them. */
  addresses: readonly AgendaAddress[];
  facilityName: string;
  /** `Wednesday 25 November 2026`, in the page's language. */
  dayTitle: string;
  rows: readonly SheetLine[];
  /** `25 Nov 2026, 08:15, Central European Time (CET)`: when the sheet was made or printed. */
  printedAt: string;
  /** The same day as a CSV file. */
  csvHref: string;
  /** Something the reader of the paper must know (sandbox data, data not current). */
  notice?: ReactNode;
}

function addressLine(address: AgendaAddress): string {
  const place = [address.street, address.city].filter(Boolean).join(', ');
  const name = place ? `${address.name}, ${place}` : address.name;
  return address.isOnlineOnly ? t('day-sheet.address.online', { address: name }) : name;
}

function countWords(rows: readonly SheetLine[]): string {
  const cancelled = rows.filter((row) => row.cancelled).length;
  const coming = rows.length - cancelled;
  const online = rows.filter((row) => !row.cancelled && row.online).length;
  const parts = [t('day-sheet.count.visits', { count: coming })];
  if (online > 0) parts.push(t('day-sheet.count.online', { count: online }));
  if (cancelled > 0) parts.push(t('day-sheet.count.cancelled', { count: cancelled }));
  return parts.join(' · ');
}

export function DaySheet({
  doctor,
  addresses,
  facilityName,
  dayTitle,
  rows,
  printedAt,
  csvHref,
  notice,
}: DaySheetProps) {
  const doctorName = `${doctor.name} ${doctor.surname}`.trim();
  const headingId = `day-sheet-${doctor.id}`;
  return (
    <article className="day-sheet" aria-labelledby={headingId}>
      <header className="day-sheet__header">
        <div className="day-sheet__who">
          <p className="day-sheet__kind">{t('day-sheet.kind', { facility: facilityName })}</p>
          <h2 className="day-sheet__doctor" id={headingId}>
            {doctorName}
          </h2>
          <p className="day-sheet__day">{dayTitle}</p>
          {addresses.length > 0 ? (
            <ul className="day-sheet__addresses" aria-label={t('day-sheet.addresses')}>
              {addresses.map((address) => (
                <li key={address.id}>{addressLine(address)}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="day-sheet__about">
          <p className="day-sheet__count">{countWords(rows)}</p>
          <p className="day-sheet__printed">{printedAt}</p>
          <a className="day-sheet__csv" href={csvHref} download>
            {t('day-sheet.csv')}
          </a>
        </div>
      </header>
      {notice ? <p className="day-sheet__notice">{notice}</p> : null}
      {rows.length === 0 ? (
        <p className="day-sheet__empty">{t('day-sheet.empty')}</p>
      ) : (
        <table className="day-sheet__table">
          <caption className="visually-hidden">
            {t('day-sheet.caption', { doctor: doctorName, day: dayTitle })}
          </caption>
          <colgroup>
            <col className="day-sheet__col-time" />
            <col className="day-sheet__col-patient" />
            <col className="day-sheet__col-visit" />
            <col className="day-sheet__col-payment" />
            <col className="day-sheet__col-confirmation" />
            <col className="day-sheet__col-presence" />
            <col className="day-sheet__col-notes" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('day-sheet.column.time')}</th>
              <th scope="col">{t('day-sheet.column.patient')}</th>
              <th scope="col">{t('day-sheet.column.visit')}</th>
              <th scope="col">{t('day-sheet.column.payment')}</th>
              <th scope="col">{t('day-sheet.column.confirmation')}</th>
              <th scope="col">{t('day-sheet.column.attendance')}</th>
              <th scope="col">{t('day-sheet.column.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.visitId}
                data-visit-id={row.visitId}
                className={
                  row.cancelled ? 'day-sheet__row day-sheet__row--cancelled' : 'day-sheet__row'
                }
              >
                <td className="day-sheet__time">
                  {row.startTime}–{row.endTime}
                </td>
                <td>
                  <span className="day-sheet__patient">{row.patient}</span>
                  {row.phone ? <span className="day-sheet__phone">{row.phone}</span> : null}
                </td>
                <td>
                  {row.cancelled ? (
                    <span className="day-sheet__cancelled-tag">{t('day-sheet.cancelled')}</span>
                  ) : null}
                  <span className="day-sheet__service">{row.service}</span>
                  <span className="day-sheet__type">{row.visitType}</span>
                </td>
                <td>{row.payment}</td>
                <td>{row.confirmation}</td>
                <td className="day-sheet__presence">{row.presence}</td>
                <td className="day-sheet__notes">{row.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
