// `GET /api/day-sheet.csv` counts the clinic's day from midnight to midnight on the nights the
// clocks change in Warsaw.
import { describe, expect, it } from 'vitest';
import { rowsOf, setup, visitOf } from './day-sheet-setup.ts';

describe('the day sheet on the nights the clocks change', () => {
  it('counts the clinic day from midnight to midnight when the clocks go back (25 hours)', async () => {
    const { deliver, csv } = setup('2026-10-25T08:00:00+01:00');
    // Sunday 25 October 2026: Warsaw goes from +02:00 to +01:00 at 03:00.
    await deliver(
      visitOf('saturday-late', '2026-10-24T23:30:00+02:00', '2026-10-24T23:50:00+02:00'),
      visitOf('sunday-first', '2026-10-25T00:10:00+02:00', '2026-10-25T00:30:00+02:00'),
      // 23:30 on Sunday is 22:30 UTC: past a naive "midnight + 24 h" (22:00 UTC), still Sunday.
      visitOf('sunday-last', '2026-10-25T23:30:00+01:00', '2026-10-25T23:50:00+01:00'),
      visitOf('monday-first', '2026-10-26T00:10:00+01:00', '2026-10-26T00:30:00+01:00'),
    );
    const response = await csv('?doctorId=100101&date=2026-10-25');
    const rows = await rowsOf(response);
    expect(rows.map((row) => [row.Patient, row.Start])).toEqual([
      ['sunday-first', '00:10'],
      ['sunday-last', '23:30'],
    ]);
  });

  it('counts the clinic day from midnight to midnight when the clocks go forward (23 hours)', async () => {
    const { deliver, csv } = setup('2026-03-29T08:00:00+02:00');
    // Sunday 29 March 2026: Warsaw goes from +01:00 to +02:00 at 02:00.
    await deliver(
      visitOf('sunday-early', '2026-03-29T01:30:00+01:00', '2026-03-29T01:50:00+01:00'),
      visitOf('sunday-after-change', '2026-03-29T03:00:00+02:00', '2026-03-29T03:20:00+02:00'),
      // 00:15 on Monday is 22:15 UTC on Sunday: inside a naive "midnight + 24 h", but Monday.
      visitOf('monday-first', '2026-03-30T00:15:00+02:00', '2026-03-30T00:35:00+02:00'),
    );
    const response = await csv('?doctorId=100101&date=2026-03-29');
    const rows = await rowsOf(response);
    expect(rows.map((row) => [row.Patient, row.Start])).toEqual([
      ['sunday-early', '01:30'],
      ['sunday-after-change', '03:00'],
    ]);
  });
});
