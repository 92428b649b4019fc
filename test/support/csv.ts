// A strict RFC 4180 reader for tests: what a spreadsheet would make of our CSV files. It throws on
// anything the RFC does not allow (a stray quote, a bare LF between records), so a test that reads
// a file with it also checks that the file is well formed.

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  let quoted = false;
  let fieldStarted = false;
  while (at < text.length) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"') {
        if (text[at + 1] === '"') {
          field += '"';
          at += 2;
          continue;
        }
        quoted = false;
        at += 1;
        const next = text[at];
        if (next !== undefined && next !== ',' && next !== '\r') {
          throw new Error(`text after a closing quote at ${at}`);
        }
        continue;
      }
      field += char;
      at += 1;
      continue;
    }
    if (char === '"') {
      if (fieldStarted) throw new Error(`a quote inside an unquoted field at ${at}`);
      quoted = true;
      fieldStarted = true;
      at += 1;
    } else if (char === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      at += 1;
    } else if (char === '\r') {
      if (text[at + 1] !== '\n') throw new Error(`a CR without LF at ${at}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      at += 2;
    } else if (char === '\n') {
      throw new Error(`a bare LF outside quotes at ${at}`);
    } else {
      field += char;
      fieldStarted = true;
      at += 1;
    }
  }
  if (quoted) throw new Error('the text ends inside a quoted field');
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The records as objects keyed by the header's titles. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(text);
  if (!header) return [];
  return records.map((record) => {
    if (record.length !== header.length) {
      throw new Error(`a record of ${record.length} fields under a header of ${header.length}`);
    }
    return Object.fromEntries(header.map((title, index) => [title, record[index] ?? '']));
  });
}
