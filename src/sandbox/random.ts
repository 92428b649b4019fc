// A tiny seeded PRNG so the demo clinic is the same on every machine for the same seed and week.

/** A source of numbers in [0, 1); the same seed always yields the same sequence. */
export interface Random {
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` hex digits, e.g. for UUID-like room names. */
  hex(count: number): string;
}

/** mulberry32: 32-bit state, good enough spread for demo data, trivially reproducible. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
    hex: (count) => Array.from({ length: count }, () => int(0, 15).toString(16)).join(''),
  };
}

/** Derives an independent seed for one part of the data, so adding a part does not shift others. */
export function deriveSeed(seed: number, label: string): number {
  let hash = seed >>> 0 || 1;
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}
