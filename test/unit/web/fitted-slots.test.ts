import { describe, expect, it } from 'vitest';
import {
  fineRows,
  fittedRowHeight,
  openingHour,
  touchRows,
  workingSpan,
} from '../../../src/web/features/agenda/fitted-slots.ts';

const warsaw = 'Europe/Warsaw';

describe('the grid’s row height', () => {
  it('lets the working day fill the space when that stays readable', () => {
    // 08:00–18:00 is 20 half-hour rows: 560 px gives 28 px each.
    expect(fittedRowHeight(560, { from: 8, to: 18 }, fineRows)).toBe(28);
  });

  it('never goes below what a half-hour visit needs, nor above a comfortable height', () => {
    expect(fittedRowHeight(300, { from: 7, to: 22 }, fineRows)).toBe(fineRows.min);
    expect(fittedRowHeight(2000, { from: 9, to: 13 }, fineRows)).toBe(fineRows.max);
  });

  it('keeps rows a finger can hit on a touch screen', () => {
    expect(fittedRowHeight(560, { from: 8, to: 18 }, touchRows)).toBe(touchRows.min);
  });

  it('is the comfortable height before the grid has been measured', () => {
    expect(fittedRowHeight(0, { from: 8, to: 18 }, fineRows)).toBe(fineRows.max);
    expect(fittedRowHeight(Number.NaN, { from: 8, to: 18 }, fineRows)).toBe(fineRows.max);
  });
});

describe('where the grid opens', () => {
  const day = { from: 8, to: 18 };
  const grid = { from: 7, to: 22 };

  it('on the working day’s start when it fits whole, whatever the hour', () => {
    for (const now of [6, 9, 12, 17]) expect(openingHour(now, day, 10.5, grid)).toBe('08:00:00');
  });

  it('an hour before now when the day does not fit, as far as its end allows', () => {
    expect(openingHour(11, day, 5, grid)).toBe('10:00:00');
    expect(openingHour(17, day, 5, grid)).toBe('13:00:00');
    expect(openingHour(6, day, 5, grid)).toBe('08:00:00');
  });

  it('inside the grid’s hours', () => {
    expect(openingHour(23, { from: 20, to: 24 }, 2, { from: 7, to: 22 })).toBe('21:00:00');
  });
});

describe('the working hours of what is drawn', () => {
  it('spans the items on the facility’s clock, widened to whole hours', () => {
    const span = workingSpan(
      [
        // 08:30–09:00 and 17:10–17:40 in Warsaw (CET, UTC+1).
        { start: '2026-12-07T07:30:00Z', end: '2026-12-07T08:00:00Z' },
        { start: '2026-12-08T16:10:00Z', end: '2026-12-08T16:40:00Z' },
      ],
      warsaw,
      { from: 8, to: 18 },
    );
    expect(span).toEqual({ from: 8, to: 18 });
  });

  it('reads summer time too', () => {
    // 07:00–07:30 in Warsaw in July (CEST, UTC+2).
    const span = workingSpan(
      [{ start: '2026-07-06T05:00:00Z', end: '2026-07-06T05:30:00Z' }],
      warsaw,
      { from: 8, to: 18 },
    );
    expect(span).toEqual({ from: 7, to: 8 });
  });

  it('runs to midnight for an item that ends the next day', () => {
    const span = workingSpan(
      [{ start: '2026-12-07T21:00:00Z', end: '2026-12-07T23:30:00Z' }],
      warsaw,
      { from: 8, to: 18 },
    );
    expect(span).toEqual({ from: 22, to: 24 });
  });

  it('is the usual day when nothing is drawn', () => {
    expect(workingSpan([], warsaw, { from: 8, to: 18 })).toEqual({ from: 8, to: 18 });
  });
});
