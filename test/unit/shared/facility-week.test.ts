// The clinic's week where agendas break: the nights Warsaw moves its clocks, and New Year.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { weekAround } from '../../../src/shared/domain/facility-week.ts';

const warsaw = 'Europe/Warsaw';
const hoursOf = ({ from, to }: { from: string; to: string }) =>
  (Date.parse(to) - Date.parse(from)) / 3_600_000;

describe('weekAround', () => {
  it('spans 167 hours in the week Warsaw springs forward, at the offsets of its two Mondays', () => {
    // 00:30 UTC on 28 Mar 2027 is 01:30 in Warsaw, half an hour before the clocks jump.
    const week = weekAround(Temporal.Instant.from('2027-03-28T00:30:00Z'), warsaw);
    expect(week).toEqual({ from: '2027-03-22T00:00:00+01:00', to: '2027-03-29T00:00:00+02:00' });
    expect(hoursOf(week)).toBe(167);
  });

  it('spans 169 hours in the week Warsaw falls back, whichever 02:30 it is', () => {
    // 00:30 and 01:30 UTC on 31 Oct 2027 are both 02:30 on Warsaw's wall.
    for (const instant of ['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z']) {
      const week = weekAround(Temporal.Instant.from(instant), warsaw);
      expect(week).toEqual({ from: '2027-10-25T00:00:00+02:00', to: '2027-11-01T00:00:00+01:00' });
      expect(hoursOf(week)).toBe(169);
    }
  });

  it('counts the facility’s New Year, not the machine’s: 23:30 UTC on 31 Dec is already 2028 in Warsaw', () => {
    const week = weekAround(Temporal.Instant.from('2027-12-31T23:30:00Z'), warsaw);
    expect(week).toEqual({ from: '2027-12-27T00:00:00+01:00', to: '2028-01-03T00:00:00+01:00' });
    // A Sunday night: still the week that began on Monday, not the next one.
    const sunday = weekAround(Temporal.Instant.from('2028-01-02T22:59:00Z'), warsaw);
    expect(sunday.from).toBe('2027-12-27T00:00:00+01:00');
    expect(weekAround(Temporal.Instant.from('2028-01-02T23:00:00Z'), warsaw).from).toBe(
      '2028-01-03T00:00:00+01:00',
    );
  });

  it('holds a leap day and is a week in zones west and east of Warsaw', () => {
    const leap = weekAround(Temporal.Instant.from('2028-02-29T09:00:00Z'), warsaw);
    expect(leap).toEqual({ from: '2028-02-28T00:00:00+01:00', to: '2028-03-06T00:00:00+01:00' });
    expect(weekAround(Temporal.Instant.from('2028-02-29T09:00:00Z'), 'America/Sao_Paulo')).toEqual({
      from: '2028-02-28T00:00:00-03:00',
      to: '2028-03-06T00:00:00-03:00',
    });
    // 09:00 UTC on Sunday is already Sunday evening in Tokyo: the week began six days before.
    expect(weekAround(Temporal.Instant.from('2028-03-05T09:00:00Z'), 'Asia/Tokyo').from).toBe(
      '2028-02-28T00:00:00+09:00',
    );
  });
});
