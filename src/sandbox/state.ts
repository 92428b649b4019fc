// The sandbox's mutable state: its clock and timers, its world, the tokens it has issued, the
// notification queue, and the faults and limits a test switched on.
import { createClock, type SandboxClock } from './clock.ts';
import { createFaults, type FaultSettings, type Faults } from './faults/settings.ts';
import type { TokenStore } from './http/tokens.ts';
import { createTokenStore } from './http/tokens.ts';
import {
  createMarketplace,
  type Marketplace,
  type MarketplaceSettings,
} from './marketplace/engine.ts';
import { createNotificationHub, type NotificationHub } from './notifications/hub.ts';
import { createTimers, type SandboxTimers } from './timers.ts';
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

export interface StateOptions {
  seed?: number;
  now?: () => Date;
  faults?: FaultSettings;
  rateLimits?: Partial<RateLimitSettings>;
  marketplace?: Partial<MarketplaceSettings>;
}

export function createSandboxState(options: StateOptions = {}): SandboxState {
  const clock = createClock(options.now);
  const timers = createTimers(clock);
  const seed = options.seed ?? 1;
  const state: Omit<SandboxState, 'marketplace'> & { marketplace?: Marketplace } = {
    clock,
    timers,
    tokens: createTokenStore(),
    credentials: { clientId: sandboxClientId, clientSecret: sandboxClientSecret },
    notifications: createNotificationHub({ clock, timers, faults: () => state.faults }),
    seed,
    world: buildWorld(seed, clock.now()),
    faults: createFaults(seed, options.faults),
    rateLimits: { ...defaultRateLimits, ...options.rateLimits },
    afterReset: [],
  };
  // The engine needs the finished state (world, timers, queue) to act on.
  const complete = state as SandboxState;
  complete.marketplace = createMarketplace(complete, options.marketplace);
  return complete;
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
