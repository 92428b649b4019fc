import { describe, expect, it } from 'vitest';
import { clinicTimeWords } from '../../../src/shared/domain/clinic-time-words.ts';

describe('clinicTimeWords', () => {
  it('writes a date-time in the clinic’s zone, as people say it', () => {
    expect(clinicTimeWords('2026-11-24T13:00:00Z', 'Europe/Warsaw')).toBe('Tue 24 Nov, 14:00');
    expect(clinicTimeWords('2026-07-01T08:05:00+02:00', 'Europe/Warsaw')).toBe('Wed 1 Jul, 08:05');
  });

  it('says midnight as 00, the day after in the zone, and follows its clock changes', () => {
    expect(clinicTimeWords('2026-09-07T22:30:00Z', 'Europe/Warsaw')).toBe('Tue 8 Sept, 00:30');
    expect(clinicTimeWords('2026-03-29T00:59:00Z', 'Europe/Warsaw')).toBe('Sun 29 Mar, 01:59');
    expect(clinicTimeWords('2026-03-29T01:00:00Z', 'Europe/Warsaw')).toBe('Sun 29 Mar, 03:00');
    expect(clinicTimeWords('2026-10-25T01:00:00Z', 'Europe/Warsaw')).toBe('Sun 25 Oct, 02:00');
    // The same instant in two zones, each with its own (cached) formatter.
    expect(clinicTimeWords('2026-11-24T13:00:00Z', 'America/New_York')).toBe('Tue 24 Nov, 08:00');
    expect(clinicTimeWords('2026-11-24T13:00:00Z', 'Europe/Warsaw')).toBe('Tue 24 Nov, 14:00');
  });

  it('gives back what it cannot read', () => {
    expect(clinicTimeWords('soon', 'Europe/Warsaw')).toBe('soon');
    // A date-time without its offset is no instant.
    expect(clinicTimeWords('2026-11-24T13:00', 'Europe/Warsaw')).toBe('2026-11-24T13:00');
    expect(clinicTimeWords('2026-11-24T13:00:00Z', 'Nowhere/Zone')).toBe('2026-11-24T13:00:00Z');
  });
});
