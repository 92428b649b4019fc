import { describe, expect, it } from 'vitest';
import { sharedFreshReads } from '../../../src/server/agenda/shared-fresh-reads.ts';

/** A read of a counter whose answers the test releases one at a time. */
function controlledReads() {
  let value = 0;
  const pending: { release: () => void; fail: () => void }[] = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      // What the read sees is decided when it starts, like a database snapshot.
      const seen = value;
      pending.push({ release: () => resolve(seen), fail: () => reject(new Error('down')) });
    });
  return {
    read,
    pending,
    commit: () => {
      value += 1;
    },
  };
}

describe('reads shared by the callers waiting for them', () => {
  it('never gives a caller a read that started before it asked', async () => {
    const source = controlledReads();
    const latest = sharedFreshReads(source.read);
    const first = latest();
    source.commit(); // committed after the first read started, before the next callers asked
    const second = latest();
    const third = latest();
    expect(source.pending).toHaveLength(1);
    source.pending[0]!.release();
    expect(await first).toBe(0);
    // The next read starts once the first ends, and serves both who arrived meanwhile.
    await new Promise((wake) => setImmediate(wake));
    expect(source.pending).toHaveLength(2);
    source.pending[1]!.release();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('starts a read at once when none runs, and a fresh one after a failed read', async () => {
    const source = controlledReads();
    const latest = sharedFreshReads(source.read);
    const failing = latest();
    const waiting = latest();
    source.pending[0]!.fail();
    await expect(failing).rejects.toThrow('down');
    await new Promise((wake) => setImmediate(wake));
    source.commit();
    expect(source.pending).toHaveLength(2);
    source.pending[1]!.release();
    expect(await waiting).toBe(0);
    source.commit();
    const alone = latest();
    expect(source.pending).toHaveLength(3);
    source.pending[2]!.release();
    expect(await alone).toBe(2);
  });
});
