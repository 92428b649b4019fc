// Dates and times in the page's language, on the clinic's clock: a visit across the night the
// clocks change reads as the wall clock did (01:30–02:30 in October is two real hours), in Polish
// and German as in English, with the zone named the way that language abbreviates it.
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it } from 'vitest';
import { describeTimeZone, formatVisitTime } from '../../../src/web/lib/facility-time.ts';
import { catalog as de } from '../../../src/web/lib/i18n/catalogs/de/index.ts';
import { catalog as en } from '../../../src/web/lib/i18n/catalogs/en/index.ts';
import { catalog as pl } from '../../../src/web/lib/i18n/catalogs/pl/index.ts';
import { setCatalog } from '../../../src/web/lib/i18n/messages.ts';

const warsaw = 'Europe/Warsaw';
// The night summer time ends in 2026 (03:00 CEST → 02:00 CET) and the one it starts in 2027.
const autumn = { start: '2026-10-25T01:30:00+02:00', end: '2026-10-25T02:30:00+01:00' };
const spring = { start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00' };

afterEach(() => setCatalog('en', en));

describe('times in the page’s language, on the clinic’s clock', () => {
  it('English: the day and the wall-clock times, a DST night included', () => {
    expect(formatVisitTime(autumn.start, autumn.end, warsaw)).toBe('Sun, 25 Oct 2026, 01:30–02:30');
    expect(formatVisitTime(spring.start, spring.end, warsaw)).toBe('Sun, 28 Mar 2027, 01:30–03:30');
  });

  it('Polish and German write the day their way; the times stay on the 24-hour clock', () => {
    setCatalog('pl', pl);
    expect(formatVisitTime(autumn.start, autumn.end, warsaw)).toBe(
      'niedz., 25 paź 2026, 01:30–02:30',
    );
    expect(describeTimeZone(warsaw, Temporal.Instant.from(spring.end))).toBe(
      'czas środkowoeuropejski (CEST)',
    );
    setCatalog('de', de);
    expect(formatVisitTime(spring.start, spring.end, warsaw)).toBe(
      'So., 28. März 2027, 01:30–03:30',
    );
    expect(describeTimeZone(warsaw, Temporal.Instant.from(autumn.end))).toBe(
      'Mitteleuropäische Zeit (MEZ)',
    );
  });

  it('the browser’s own zone plays no part', () => {
    const tokyo = formatVisitTime(autumn.start, autumn.end, 'Asia/Tokyo');
    expect(tokyo).toBe('Sun, 25 Oct 2026, 08:30–10:30');
  });
});
