// The sandbox's mutable state: its clock, its world and the tokens it has issued.
import { createClock, type SandboxClock } from './clock.ts';
import type { TokenStore } from './http/tokens.ts';
import { createTokenStore } from './http/tokens.ts';
import type { World } from './world/model.ts';
import { buildWorld } from './world/seed.ts';

export const sandboxClientId = 'sandbox-client';
export const sandboxClientSecret = 'sandbox-secret';

export interface SandboxState {
  readonly clock: SandboxClock;
  readonly tokens: TokenStore;
  readonly credentials: { clientId: string; clientSecret: string };
  seed: number;
  world: World;
}

export interface StateOptions {
  seed?: number;
  now?: () => Date;
}

export function createSandboxState(options: StateOptions = {}): SandboxState {
  const clock = createClock(options.now);
  const seed = options.seed ?? 1;
  return {
    clock,
    tokens: createTokenStore(),
    credentials: { clientId: sandboxClientId, clientSecret: sandboxClientSecret },
    seed,
    world: buildWorld(seed, clock.now()),
  };
}

/** Rebuilds the demo data around the clock's current "now" (tokens stay valid). */
export function resetWorld(state: SandboxState, seed = state.seed): void {
  state.seed = seed;
  state.world = buildWorld(seed, state.clock.now());
}
