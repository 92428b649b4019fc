// A new sandbox: its state, and the marketplace engine that acts on it once it is complete.
import { createClock } from './clock.ts';
import { createFaults, type FaultSettings } from './faults/settings.ts';
import { createTokenStore } from './http/tokens.ts';
import { createMarketplace } from './marketplace/engine.ts';
import type { Marketplace, MarketplaceSettings } from './marketplace/marketplace.ts';
import { createNotificationHub } from './notifications/hub.ts';
import {
  defaultRateLimits,
  type RateLimitSettings,
  type SandboxState,
  sandboxClientId,
  sandboxClientSecret,
} from './state.ts';
import { createTimers } from './timers.ts';
import { buildWorld } from './world/seed.ts';

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
