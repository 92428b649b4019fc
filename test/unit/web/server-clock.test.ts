// The page's clock counts the server's time at the server's speed, in whole milliseconds (a
// fraction would make Temporal refuse the instant and the agenda page fail).
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServerClock } from '../../../src/web/lib/server-clock.ts';

afterEach(() => vi.useRealTimers());

describe('the server clock', () => {
  it('counts at a slow speed in whole milliseconds', () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 14, 9, 0) });
    const clock = createServerClock();
    clock.sync('2030-01-14T10:00:00.000Z', 0.0001);
    vi.advanceTimersByTime(12_345);
    const now = clock.now();
    expect(Number.isInteger(now)).toBe(true);
    expect(now).toBe(Date.parse('2030-01-14T10:00:00.001Z'));
    expect(() => Temporal.Instant.fromEpochMilliseconds(now)).not.toThrow();
  });

  it('counts at the server’s speed from its time', () => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 14, 9, 0) });
    const clock = createServerClock();
    clock.sync('2030-01-14T10:00:00.000Z', 60);
    vi.advanceTimersByTime(1_000);
    expect(clock.now()).toBe(Date.parse('2030-01-14T10:01:00.000Z'));
  });
});
