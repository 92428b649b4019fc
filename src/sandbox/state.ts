// The sandbox's mutable state: its clock and timers, its world, the tokens it has issued, the
// notification queue, and the faults and limits a test switched on.
import type { SandboxClock } from './clock.ts';
import { createFaults, type Faults } from './faults/settings.ts';
import type { TokenStore } from './http/tokens.ts';
import type { Marketplace } from './marketplace/marketplace.ts';
import type { NotificationHub } from './notifications/hub.ts';
import type { SandboxTimers } from './timers.ts';
import type { World } from './world/model.ts';
import { buildWorld } from './world/seed.ts';

export const sandboxClientId = 'sandbox-client';
export const sandboxClientSecret = 'sandbox-secret';

export interface RateLimitSettings {
  enabled: boolean;
  getPerHour: number;
  writesPerMinute: number;
}

export const defaultRateLimits: RateLimitSettings = {
  enabled: false,
  getPerHour: 8000,
  writesPerMinute: 40,
};

export interface SandboxState {
  readonly clock: SandboxClock;
  readonly timers: SandboxTimers;
  readonly tokens: TokenStore;
  readonly credentials: { clientId: string; clientSecret: string };
  readonly notifications: NotificationHub;
  seed: number;
  world: World;
  faults: Faults;
  rateLimits: RateLimitSettings;
  /** Callbacks run after a reset (the marketplace re-plans itself). */
  readonly afterReset: (() => void)[];
  /** The patients' scenario engine (off unless enabled). */
  marketplace: Marketplace;
}

/** Rebuilds the demo data around the clock's current "now" (tokens and delivery mode stay). */
export function resetWorld(state: SandboxState, seed = state.seed): void {
  state.seed = seed;
  state.world = buildWorld(seed, state.clock.now());
  state.timers.clear();
  state.notifications.clear();
  state.faults = createFaults(seed);
  for (const callback of state.afterReset) callback();
}
