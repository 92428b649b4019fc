// A doctor's day sheet as a CSV file: its columns, and a file name that is safe everywhere.
import type { AgendaDoctor } from '../../shared/api/agenda.ts';
import type { DaySheetRow } from '../../shared/domain/day-sheet-rows.ts';
import { csvText, utf8Bom } from './csv-text.ts';

const columns: readonly [string, (row: DaySheetRow, date: string, doctor: string) => string][] = [
  ['Date', (_, date) => date],
  ['Start', (row) => row.startTime],
  ['End', (row) => row.endTime],
  ['Doctor', (_, __, doctor) => doctor],
  ['Patient', (row) => row.patient],
  ['Phone', (row) => row.phone],
  ['Service', (row) => row.service],
  ['Visit type', (row) => row.visitType],
  ['Address', (row) => row.address],
  ['Status', (row) => row.status],
  ['Payment', (row) => row.payment],
  ['Presence', (row) => row.presence],
  ['Confirmation', (row) => row.confirmation],
  ['Comment', (row) => row.comment],
];

export function doctorName(doctor: AgendaDoctor): string {
  return `${doctor.name} ${doctor.surname}`.trim();
}

/** The file's text: a UTF-8 byte order mark, the header, one record per visit. */
export function daySheetCsv(rows: readonly DaySheetRow[], date: string, doctor: AgendaDoctor) {
  const name = doctorName(doctor);
  return (
    utf8Bom +
    csvText(
      columns.map(([title]) => title),
      rows.map((row) => columns.map(([, value]) => value(row, date, name))),
    )
  );
}

// Letters that Unicode does not decompose into a base letter and a mark.
const plainLetters: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
};

/**
 * `day-sheet-anna-kowalska-2026-11-25.csv`: ASCII letters, digits and dashes only, so no header
 * injection, path or quoting trouble on any system; the doctor's id when the name leaves nothing.
 */
export function daySheetFileName(doctor: AgendaDoctor, date: string): string {
  const slug = doctorName(doctor)
    .replace(/[łŁøØđĐß]/g, (letter) => plainLetters[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const who = slug || doctor.id.replace(/[^A-Za-z0-9_-]/g, '') || 'doctor';
  return `day-sheet-${who}-${date}.csv`;
}
