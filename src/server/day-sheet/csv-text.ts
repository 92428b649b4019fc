// Rows as CSV text (RFC 4180): fields separated by commas, records by CRLF, a field quoted when it
// holds a comma, a quote or a line break, with its quotes doubled. A spreadsheet must not take a
// cell for a formula: one starting with = + - @, a tab or a carriage return gets a leading
// apostrophe (OWASP's advice against CSV injection), so a patient named "=HYPERLINK(…)" stays text.

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole table, the header first, every record ended by CRLF. */
export function csvText(
  header: readonly string[],
  records: readonly (readonly string[])[],
): string {
  return [header, ...records].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/** Excel reads a CSV as UTF-8 (Polish letters intact) only when it starts with this mark. */
export const utf8Bom = '\uFEFF';
