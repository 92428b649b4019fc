// Times in the facility's zone, whatever zone the browser is in.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { weekAround } from '../../../src/shared/domain/facility-week.ts';
import {
  daysToRange,
  describeTimeZone,
  formatVisitTime,
  wallClockOf,
} from '../../../src/web/lib/facility-time.ts';

describe('facility time', () => {
  it('finds the Monday-to-Monday week of the facility, with its offsets', () => {
    // Sunday 29 Nov 23:30 in Warsaw is already Monday 30 Nov in Tokyo: the clinic's week counts.
    const lateSunday = Temporal.Instant.from('2026-11-29T22:30:00Z');
    expect(weekAround(lateSunday, 'Europe/Warsaw')).toEqual({
      from: '2026-11-23T00:00:00+01:00',
      to: '2026-11-30T00:00:00+01:00',
    });
    expect(weekAround(lateSunday, 'Asia/Tokyo').from).toBe('2026-11-30T00:00:00+09:00');
  });

  it('turns the days the calendar shows into instants across a DST change', () => {
    expect(daysToRange('2026-10-19', '2026-10-26', 'Europe/Warsaw')).toEqual({
      from: '2026-10-19T00:00:00+02:00',
      to: '2026-10-26T00:00:00+01:00',
    });
  });

  it('writes a visit time in the facility zone with a 24-hour clock', () => {
    expect(formatVisitTime('2026-11-24T16:00:00Z', '2026-11-24T16:30:00Z', 'Europe/Warsaw')).toBe(
      'Tue, 24 Nov 2026, 17:00–17:30',
    );
  });

  it('names the zone for people', () => {
    const winter = Temporal.Instant.from('2026-11-24T12:00:00Z');
    expect(describeTimeZone('Europe/Warsaw', winter)).toBe('Central European Time (CET)');
  });
});

describe('the wall clock of a moment', () => {
  const zones = ['Europe/Warsaw', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

  it('agrees with Temporal at any moment, across DST changes, in zones with odd offsets', () => {
    fc.assert(
      fc.property(
        // 2020–2030, to the millisecond.
        fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
        fc.constantFrom(...zones),
        (epochMs, timeZone) => {
          const zoned =
            Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
          const clock = wallClockOf(epochMs, timeZone);
          expect(clock.day).toBe(
            zoned.toPlainDate().since(Temporal.PlainDate.from('1970-01-01')).days,
          );
          // Wall-clock time since midnight (an hour of DST does not shorten the wall's count).
          const wall = zoned
            .toPlainTime()
            .since(Temporal.PlainTime.from('00:00'))
            .total('millisecond');
          expect(clock.msOfDay).toBe(wall);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('reads the hour on both sides of a change, within the same quarter hour of the cache', () => {
    // Warsaw leaves summer time at 03:00 CEST = 01:00Z on 25 Oct 2026.
    expect(wallClockOf(Date.parse('2026-10-25T00:59:00Z'), 'Europe/Warsaw').msOfDay).toBe(
      (2 * 60 + 59) * 60_000,
    );
    expect(wallClockOf(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Warsaw').msOfDay).toBe(
      2 * 60 * 60_000,
    );
  });
});
