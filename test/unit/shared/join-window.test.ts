import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinState, nextJoinChangeMs } from '../../../src/shared/domain/join-window.ts';

const minute = 60_000;
const start = Date.parse('2026-11-24T10:00:00+01:00');
const visit = { startMs: start, endMs: start + 30 * minute, canceled: false };

describe('joinState', () => {
  it.each([
    [-61, 'not-yet', false],
    [-60, 'open', false],
    [-11, 'open', false],
    [-10, 'open', true],
    [0, 'open', true],
    [30 + 29, 'open', true],
    [30 + 30, 'closed', false],
  ])('at start %s min: %s (emphasised %s)', (offset, kind, emphasised) => {
    const state = joinState(visit, start + offset * minute);
    expect(state.kind).toBe(kind);
    if (state.kind === 'open') expect(state.emphasised).toBe(emphasised);
  });

  it('says when it opens', () => {
    expect(joinState(visit, start - 2 * 60 * minute)).toEqual({
      kind: 'not-yet',
      opensAtMs: start - 60 * minute,
    });
  });

  it('is never active for a cancelled visit', () => {
    expect(joinState({ ...visit, canceled: true }, start).kind).toBe('canceled');
  });

  it('follows configured windows', () => {
    const settings = { opensBeforeMinutes: 15, emphasisBeforeMinutes: 5, closesAfterMinutes: 0 };
    expect(joinState(visit, start - 16 * minute, settings).kind).toBe('not-yet');
    expect(joinState(visit, start - 15 * minute, settings).kind).toBe('open');
    expect(joinState(visit, visit.endMs, settings).kind).toBe('closed');
  });

  it('is open exactly between the opening and the closing, for any time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 300 }), (offsetMinutes) => {
        const now = start + offsetMinutes * minute;
        const open = now >= start - 60 * minute && now < visit.endMs + 30 * minute;
        expect(joinState(visit, now).kind === 'open').toBe(open);
      }),
    );
  });

  it('tells the next moment the state changes, and that moment does change it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 300 }), (offsetMinutes) => {
        const now = start + offsetMinutes * minute;
        const next = nextJoinChangeMs(visit, now);
        if (next === null) {
          expect(joinState(visit, now).kind).toBe('closed');
          return;
        }
        expect(next).toBeGreaterThan(now);
        expect(joinState(visit, next)).not.toEqual(joinState(visit, next - 1));
      }),
    );
  });
});
