// The breaks the agenda holds: read for the range on screen; a change drawn at once, kept when
// Docplanner takes it, put back with the reason in words when refused; a read that lands while a
// change is in flight does not undo it.
import { describe, expect, it } from 'vitest';
import type { AddBreakRequest, Break } from '../../../src/shared/api/breaks.ts';
import {
  type BreaksApi,
  createBreaksStore,
} from '../../../src/web/features/breaks/breaks-store.ts';

const range = { from: '2026-11-30T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' };
const lunch: Break = {
  id: '700001',
  doctorId: '100102',
  addressId: '200102',
  start: '2026-11-30T12:00:00.000Z',
  end: '2026-11-30T13:00:00.000Z',
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function fakeApi(held: Break[]) {
  const keys: string[] = [];
  let next: ReturnType<typeof deferred<unknown>> | null = null;
  const api: BreaksApi = {
    load: async () => ({ breaks: held.map((pause) => ({ ...pause })) }),
    add: async (request: AddBreakRequest, key) => {
      keys.push(key);
      if (next) await next.promise;
      const created = { id: '700002', ...request };
      held.push(created);
      return created;
    },
    move: async (pause, to, key) => {
      keys.push(key);
      if (next) await next.promise;
      const found = held.find((other) => other.id === pause.id)!;
      Object.assign(found, to);
      return found;
    },
    remove: async (pause, key) => {
      keys.push(key);
      if (next) await next.promise;
      held.splice(
        held.findIndex((other) => other.id === pause.id),
        1,
      );
    },
  };
  return {
    api,
    keys,
    holdNext: () => {
      next = deferred<unknown>();
      return next;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the breaks store', () => {
  it('reads the breaks of the range on screen', async () => {
    const { api } = fakeApi([lunch]);
    const store = createBreaksStore(api);
    store.getState().show(range);
    await settle();
    expect(store.getState().breaks).toEqual([lunch]);
    expect(store.getState().problem).toBeNull();
  });

  it('draws an added break at once and keeps the saved one', async () => {
    const fake = fakeApi([]);
    const store = createBreaksStore(fake.api, () => 'key-1');
    store.getState().show(range);
    await settle();
    const gate = fake.holdNext();
    const adding = store.getState().add({
      doctorId: lunch.doctorId,
      addressId: lunch.addressId,
      start: lunch.start,
      end: lunch.end,
    });
    expect(store.getState().breaks).toHaveLength(1);
    expect(store.getState().breaks[0]?.id).toBe('adding-key-1');
    // A read that lands meanwhile (another agenda's change) keeps the drawn break.
    store.getState().reload();
    await settle();
    expect(store.getState().breaks.map((pause) => pause.id)).toEqual(['adding-key-1']);
    gate.resolve(undefined);
    expect(await adding).toBe(true);
    await settle();
    expect(store.getState().breaks.map((pause) => pause.id)).toEqual(['700002']);
    expect(fake.keys).toEqual(['key-1']);
  });

  it('puts a refused change back and says why', async () => {
    const fake = fakeApi([lunch]);
    const store = createBreaksStore(fake.api);
    store.getState().show(range);
    await settle();
    const gate = fake.holdNext();
    const later = { start: '2026-11-30T14:00:00.000Z', end: '2026-11-30T15:00:00.000Z' };
    const moving = store.getState().move(lunch, later);
    expect(store.getState().breaks[0]?.start).toBe(later.start);
    gate.reject(new Error('Docplanner refused: Break must end after it starts.'));
    expect(await moving).toBe(false);
    expect(store.getState().breaks[0]?.start).toBe(lunch.start);
    expect(store.getState().failure).toBe(
      'The break was not moved. Docplanner refused: Break must end after it starts.',
    );
    store.getState().dismissFailure();
    expect(store.getState().failure).toBeNull();
  });

  it('takes a deleted break away at once', async () => {
    const fake = fakeApi([lunch]);
    const store = createBreaksStore(fake.api);
    store.getState().show(range);
    await settle();
    expect(await store.getState().remove(lunch)).toBe(true);
    expect(store.getState().breaks).toEqual([]);
  });

  it('says when breaks cannot be read', async () => {
    const store = createBreaksStore({
      ...fakeApi([]).api,
      load: async () => {
        throw new Error('Docplanner did not answer.');
      },
    });
    store.getState().show(range);
    await settle();
    expect(store.getState().problem).toBe(
      'The breaks could not be loaded. Docplanner did not answer.',
    );
  });
});
