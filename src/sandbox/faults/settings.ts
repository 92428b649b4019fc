// Fault injection settings (for the BFF's robustness tests), set with `POST /_sandbox/faults`.
// Rates are fractions 0..1 drawn from a seeded generator, so a run is repeatable for a seed.
import { z } from 'zod';
import { deriveSeed, type Random, seededRandom } from '../random.ts';

const rate = z.number().min(0).max(1);

export const faultSettingsSchema = z.strictObject({
  /** Extra real milliseconds before every /api/v3 and /oauth answer. */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  /** Fraction answered 500/503 with the error body. */
  errorRate: rate.optional(),
  /** Fraction answered 429 with `Retry-After`. */
  rateLimitRate: rate.optional(),
  /** Fraction that never answer (until the client gives up or the sandbox closes). */
  timeoutRate: rate.optional(),
  /** Pushes that never reach the receiver (and are not retried: Docplanner thinks they went). */
  dropPushRate: rate.optional(),
  /** Pushes delivered twice. */
  duplicatePushRate: rate.optional(),
  /** Pushes held briefly and delivered newest first. */
  reorderPushes: z.boolean().optional(),
  /** Pushes whose body is cut in half (not JSON). */
  malformedPushRate: rate.optional(),
  /** HTML/script in patient names and comments, some `javascript:` videocall_url. */
  hostileContent: z.boolean().optional(),
  /** The seed's wire: booking-cancelled, duration "30", visit_payment in address_service, seed words. */
  seedVariants: z.boolean().optional(),
});
export type FaultSettings = z.output<typeof faultSettingsSchema>;

export interface Faults {
  settings: FaultSettings;
  random: Random;
}

export function createFaults(seed: number, settings: FaultSettings = {}): Faults {
  return { settings, random: seededRandom(deriveSeed(seed, 'faults')) };
}

/** True with probability `probability` (false when unset or 0). */
export function strikes(faults: Faults, probability: number | undefined): boolean {
  return probability !== undefined && probability > 0 && faults.random.next() < probability;
}
