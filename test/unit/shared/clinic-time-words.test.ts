import { describe, expect, it } from 'vitest';
import { clinicTimeWords } from '../../../src/shared/domain/clinic-time-words.ts';

describe('clinicTimeWords', () => {
  it('writes a date-time in the clinic’s zone, as people say it', () => {
    expect(clinicTimeWords('2026-11-24T13:00:00Z', 'Europe/Warsaw')).toBe('Tue 24 Nov, 14:00');
    expect(clinicTimeWords('2026-07-01T08:05:00+02:00', 'Europe/Warsaw')).toBe('Wed 1 Jul, 08:05');
  });

  it('gives back what it cannot read', () => {
    expect(clinicTimeWords('soon', 'Europe/Warsaw')).toBe('soon');
  });
});
