// `GET /api/day-sheet.csv`: a doctor's day as a CSV file, read from the agenda — the file's
// headers and BOM, its rows in plain words, quoting and formula injection.
import { describe, expect, it } from 'vitest';
import { slotBooked } from '../../fixtures/notifications.ts';
import { csvObjects, parseCsv } from '../../support/csv.ts';
import { annasWednesday, setup } from './day-sheet-setup.ts';

describe('the day sheet CSV', () => {
  it("is the doctor's visits of that day in time order, in plain words, as an attachment", async () => {
    const { deliver, csv } = setup();
    await annasWednesday(deliver);
    const response = await csv('?doctorId=100101&date=2026-11-25');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="day-sheet-anna-kowalska-2026-11-25.csv"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = csvObjects(text);
    expect(rows.map((row) => row.Start)).toEqual(['08:00', '09:00', '11:00']);
    expect(rows[0]).toEqual({
      Date: '2026-11-25',
      Start: '08:00',
      End: '08:20',
      Doctor: 'Anna Kowalska',
      Patient: 'Zofia Wiśniewska',
      Phone: '',
      Service: 'online consultation',
      'Visit type': 'Online (video)',
      Address: 'Medical Clinic "Test" online',
      Status: 'Booked',
      Payment: 'Paid online',
      Presence: '',
      Confirmation: 'Not confirmed',
      Comment: '',
    });
    expect(rows[1]).toMatchObject({
      Patient: 'Jan Kowalski',
      // A leading + would make Excel read a formula: the apostrophe keeps it text.
      Phone: "'+48600100200",
      Service: 'Regular Visit',
      'Visit type': 'In person',
      Payment: 'Not prepaid',
      Presence: 'Arrived',
      Confirmation: 'Confirmed',
      Comment: 'Bring the X-ray, please',
    });
    expect(rows[2]).toMatchObject({
      Patient: 'Adam Nowicki',
      Status: 'Cancelled',
      Confirmation: '',
    });
    // No video link in the file, not even for the doctor.
    expect(text).not.toContain('v.example');
  });

  it('quotes what needs quoting and turns formulas into text', async () => {
    const { deliver, csv } = setup();
    await deliver(
      slotBooked({
        id: 'b-hostile',
        start_at: '2026-11-25T12:00:00+01:00',
        end_at: '2026-11-25T12:30:00+01:00',
        patient: {
          name: '=HYPERLINK("http://evil.example","Click")',
          surname: '',
          phone: '@SUM(1+1)',
          email: null,
        },
        comment: 'Line one, with a comma\r\nLine "two"\n-then a dash',
      }),
    );
    const response = await csv('?doctorId=100101&date=2026-11-25');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [record] = csvObjects(text);
    expect(record?.Patient).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(record?.Phone).toBe("'@SUM(1+1)");
    expect(record?.Comment).toBe('Line one, with a comma\r\nLine "two"\n-then a dash');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    for (const cell of parseCsv(text).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('has a header and no records on a day without visits', async () => {
    const { csv } = setup();
    const response = await csv('?doctorId=100102&date=2026-11-25');
    expect(response.status).toBe(200);
    const records = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(1);
    expect(records[0]?.[0]).toBe('Date');
    expect(response.headers.get('content-disposition')).toContain(
      'day-sheet-piotr-nowak-2026-11-25.csv',
    );
  });
});
