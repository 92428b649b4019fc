import { describe, expect, it } from 'vitest';
import { createOpenHoursStore } from '../../../src/web/features/hours/open-hours-store.ts';

const padded = { from: '2026-11-22T10:00:00Z', to: '2026-11-30T14:00:00Z' };
const week = { from: '2026-11-22T23:00:00Z', to: '2026-11-29T23:00:00Z' };
const nextWeek = { from: '2026-11-29T23:00:00Z', to: '2026-12-06T23:00:00Z' };

describe('open hours store', () => {
  it('reads a range once, and not again for a range inside it', async () => {
    const asked: { from: string; to: string }[] = [];
    const store = createOpenHoursStore(async (range) => {
      asked.push(range);
      return { slots: [] };
    });
    store.getState().show(padded);
    store.getState().show(week);
    expect(asked).toEqual([padded]);
    store.getState().show(nextWeek);
    expect(asked).toEqual([padded, nextWeek]);
  });
});
