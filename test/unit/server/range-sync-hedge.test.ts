// Issue 20: after Docplanner comes back, the agenda must not keep waiting on a request that hung
// while it was down. A sync that has outlived the read's deadline is hedged, not joined; the
// age of a sync is measured on the test's own clock.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createRangeSync } from '../../../src/server/agenda/range-sync.ts';
import { createAgendaReader } from '../../../src/server/agenda/read-agenda.ts';
import { openStore } from '../../../src/server/store/store.ts';
import type { DocplannerApi } from '../../../src/server/upstream/docplanner-api.ts';
import { testDirectory } from '../../support/server-app.ts';

const from = Date.parse('2026-11-23T00:00:00+01:00');
const to = Date.parse('2026-11-30T00:00:00+01:00');
const directory = { get: async () => testDirectory, invalidate: () => {} };

/** A Docplanner that hangs every request while `down`, and answers an empty list when not. */
function flakyDocplanner() {
  const state = { down: true, calls: 0, hung: 0 };
  const api = {
    async getBookings() {
      state.calls++;
      if (state.down) {
        state.hung++;
        return new Promise<never>(() => {});
      }
      return [];
    },
  } as unknown as DocplannerApi;
  return { api, state };
}

function build() {
  const { api, state } = flakyDocplanner();
  let elapsed = 0;
  const store = openStore(':memory:');
  const rangeSync = createRangeSync({
    api,
    store,
    logger: pino({ level: 'silent' }),
    timeZone: 'Europe/Warsaw',
    maxAgeMs: 60_000,
    onChanged: () => {},
    hedgeAfterMs: 4_000,
    elapsedMs: () => elapsed,
  });
  return { rangeSync, state, store, advance: (ms: number) => (elapsed += ms) };
}

/** Whether the promise has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown> | null): Promise<boolean> {
  if (promise === null) return true;
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((wake) => setImmediate(wake));
  return done;
}

describe('a range sync stuck on a hung Docplanner request', () => {
  it('is joined while younger than the read deadline, and hedged once older', async () => {
    const { rangeSync, state, advance } = build();
    const first = rangeSync.ensure(testDirectory, from, to, false);
    expect(state.calls).toBe(3); // one per address

    advance(1_000);
    const joined = rangeSync.ensure(testDirectory, from, to, true);
    expect(state.calls).toBe(3);
    expect(await settled(joined)).toBe(false);

    // Docplanner is back; the first sync still waits on its hung requests.
    state.down = false;
    advance(4_000);
    const forced = rangeSync.ensure(testDirectory, from, to, true);
    expect(await settled(forced)).toBe(true);
    expect(await settled(first)).toBe(false);
    expect(rangeSync.syncedAt(testDirectory, from, to)).not.toBeNull();
  });

  it('keeps at most two syncs of a range running while Docplanner stays down', async () => {
    const { rangeSync, state, advance } = build();
    void rangeSync.ensure(testDirectory, from, to, true);
    advance(5_000);
    void rangeSync.ensure(testDirectory, from, to, true);
    advance(5_000);
    void rangeSync.ensure(testDirectory, from, to, true);
    advance(5_000);
    void rangeSync.ensure(testDirectory, from, to, false);
    expect(state.hung).toBe(6);
  });

  it('lets the agenda answer fresh as soon as Docplanner is back', async () => {
    const { rangeSync, state, store, advance } = build();
    const reader = createAgendaReader({
      store,
      directory,
      rangeSync,
      logger: pino({ level: 'silent' }),
      dataSource: 'sandbox',
      timeZone: 'Europe/Warsaw',
      allowHttpVideoLinks: false,
      syncWaitMs: 20,
    });
    const query = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
    const during = await reader.read({ ...query, refresh: false });
    expect(during.sync.stale).toBe(true);

    state.down = false;
    advance(4_001);
    const after = await reader.read({ ...query, refresh: true });
    expect(after.sync).toMatchObject({ stale: false, message: null });
    expect(state.hung).toBe(3);
  });
});
