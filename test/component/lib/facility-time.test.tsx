// Times in the facility's zone, whatever zone the browser is in.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  daysToRange,
  describeTimeZone,
  formatVisitTime,
  weekAround,
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
    expect(describeTimeZone('Europe/Warsaw', winter)).toBe('Warsaw time (CET)');
  });
});
