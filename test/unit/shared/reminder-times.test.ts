import { describe, expect, it } from 'vitest';
import { dueReminder, remindersFor } from '../../../src/shared/domain/reminder-times.ts';

const minute = 60_000;
const start = Date.parse('2026-11-24T10:00:00+01:00');

describe('remindersFor', () => {
  it('makes one reminder per lead time, earliest first, with stable ids', () => {
    expect(remindersFor({ id: 'v1', startMs: start })).toEqual([
      { id: 'v1:10', visitId: 'v1', leadMinutes: 10, dueAtMs: start - 10 * minute, startMs: start },
      { id: 'v1:2', visitId: 'v1', leadMinutes: 2, dueAtMs: start - 2 * minute, startMs: start },
    ]);
  });

  it('ignores duplicate, zero and negative leads', () => {
    expect(remindersFor({ id: 'v', startMs: start }, [5, 5, 0, -3]).map((r) => r.id)).toEqual([
      'v:5',
    ]);
  });
});

describe('dueReminder', () => {
  const reminders = remindersFor({ id: 'v1', startMs: start });
  it.each([
    [-11, null],
    [-10, 'v1:10'],
    [-3, 'v1:10'],
    [-2, 'v1:2'],
    [-1, 'v1:2'],
    [0, null],
  ])('at start %s min: %s', (offset, id) => {
    expect(dueReminder(reminders, start + offset * minute)?.id ?? null).toBe(id);
  });
});
