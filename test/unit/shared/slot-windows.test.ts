import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeRange,
  openRange,
  splitByDay,
  type Window,
  windowsFromStarts,
} from '../../../src/shared/domain/slot-windows.ts';

const minute = 60_000;
const at = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+01:00`);
const visit = [{ addressServiceId: 's1', duration: 30 }];
const usg = [{ addressServiceId: 's3', duration: 20 }];

describe('windowsFromStarts', () => {
  it('joins consecutive starts of the same services into one window', () => {
    const starts = ['09:00', '09:30', '10:00', '11:00', '11:30'].map((t) => ({
      startMs: at(t),
      services: visit,
    }));
    expect(windowsFromStarts(starts)).toEqual([
      { startMs: at('09:00'), endMs: at('10:30'), services: visit },
      { startMs: at('11:00'), endMs: at('12:00'), services: visit },
    ]);
  });

  it('keeps windows of different services apart', () => {
    const windows = windowsFromStarts([
      { startMs: at('09:00'), services: visit },
      { startMs: at('09:30'), services: usg },
    ]);
    expect(windows).toHaveLength(2);
  });
});

describe('openRange and closeRange', () => {
  const morning: Window = { startMs: at('09:00'), endMs: at('12:00'), services: visit };

  it('opens a range next to an existing window by merging them', () => {
    expect(
      openRange([morning], { startMs: at('12:00'), endMs: at('14:00'), services: visit }),
    ).toEqual([{ startMs: at('09:00'), endMs: at('14:00'), services: visit }]);
  });

  it('keeps other services’ windows as they were', () => {
    const result = openRange([morning], {
      startMs: at('15:00'),
      endMs: at('16:00'),
      services: usg,
    });
    expect(result).toEqual([morning, { startMs: at('15:00'), endMs: at('16:00'), services: usg }]);
  });

  it('closes the middle of a window, leaving both ends', () => {
    expect(closeRange([morning], at('10:00'), at('11:00'))).toEqual([
      { ...morning, endMs: at('10:00') },
      { ...morning, startMs: at('11:00') },
    ]);
  });

  it('opening then closing a range is the same as only closing it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 12 }),
        (from, length) => {
          const start = at('08:00') + from * 30 * minute;
          const range = { startMs: start, endMs: start + length * 30 * minute, services: usg };
          expect(closeRange(openRange([morning], range), range.startMs, range.endMs)).toEqual(
            closeRange([morning], range.startMs, range.endMs),
          );
          // and the opened range is entirely open afterwards
          const opened = openRange([morning], range);
          expect(
            opened.some(
              (w) => w.startMs <= range.startMs && w.endMs >= range.endMs && w.services === usg,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('splitByDay', () => {
  it('cuts a range at the facility’s midnight, summer time change included', () => {
    const start = Date.parse('2026-03-28T22:00:00+01:00');
    const end = Date.parse('2026-03-29T10:00:00+02:00');
    expect(splitByDay(start, end, 'Europe/Warsaw')).toEqual([
      { day: '2026-03-28', startMs: start, endMs: Date.parse('2026-03-29T00:00:00+01:00') },
      { day: '2026-03-29', startMs: Date.parse('2026-03-29T00:00:00+01:00'), endMs: end },
    ]);
  });
});
