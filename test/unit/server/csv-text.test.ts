// CSV text: RFC 4180 quoting that a strict reader reads back, and no cell a spreadsheet runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../../src/server/day-sheet/csv-text.ts';
import { daySheetFileName } from '../../../src/server/day-sheet/day-sheet-csv.ts';
import { parseCsv } from '../../support/csv.ts';

describe('CSV fields', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Anna Kowalska')).toBe('Anna Kowalska');
    expect(csvField('')).toBe('');
    expect(csvField('Zażółć gęślą jaźń')).toBe('Zażółć gęślą jaźń');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Kowalska, Anna')).toBe('"Kowalska, Anna"');
    expect(csvField('Clinic "Test"')).toBe('"Clinic ""Test"""');
    expect(csvField('first line\nsecond')).toBe('"first line\nsecond"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each([
    [
      '=HYPERLINK("http://evil.example","Click")',
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    ],
    ['+48123123123', "'+48123123123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('makes %j text, not a formula', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('does not touch a formula character later in the text', () => {
    expect(csvField('Anna = Kowalska')).toBe('Anna = Kowalska');
    expect(csvField('09:00-09:30')).toBe('09:00-09:30');
  });
});

describe('CSV text', () => {
  it('ends every record with CRLF, the header first', () => {
    expect(
      csvText(
        ['A', 'B'],
        [
          ['1', '2'],
          ['x,y', ''],
        ],
      ),
    ).toBe('A,B\r\n1,2\r\n"x,y",\r\n');
  });

  it('reads back exactly, whatever the fields hold (only formula-like fields gain an apostrophe)', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'ł', ',', '"', '\r', '\n', ' ', '=', '+', '-', '@', '\t', "'"),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { maxLength: 6 }),
        (records) => {
          const read = parseCsv(csvText(['one', 'two', 'three'], records));
          const expected = records.map((record) =>
            record.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
          );
          expect(read).toEqual([['one', 'two', 'three'], ...expected]);
          for (const cell of read.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});

describe('the day sheet file name', () => {
  it.each([
    [{ id: '1', name: 'Anna', surname: 'Kowalska' }, 'day-sheet-anna-kowalska-2026-11-25.csv'],
    [
      { id: '2', name: 'Łukasz', surname: 'Żółkiewski-Gęś' },
      'day-sheet-lukasz-zolkiewski-ges-2026-11-25.csv',
    ],
    [
      { id: '3', name: '"; rm -rf /', surname: '../..\r\nX-Evil: 1' },
      'day-sheet-rm-rf-x-evil-1-2026-11-25.csv',
    ],
    [{ id: '100104', name: '王', surname: '医生' }, 'day-sheet-100104-2026-11-25.csv'],
  ])('%j → %s', (doctor, expected) => {
    expect(daySheetFileName(doctor, '2026-11-25')).toBe(expected);
  });
});
