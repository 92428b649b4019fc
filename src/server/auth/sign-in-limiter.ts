// Slows down password guessing: a limited number of failed sign-ins per account and per address
// in a sliding window. Kept in memory: a restart forgets, which costs an attacker little.

export interface LimiterSettings {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const defaultLimits: LimiterSettings = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

export function createSignInLimiter(settings: LimiterSettings = defaultLimits, now = Date.now) {
  const failures = new Map<string, number[]>();

  function recent(key: string): number[] {
    const cutoff = now() - settings.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length > 0) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  }

  const accountKey = (username: string) => `account:${username.toLowerCase()}`;
  const addressKey = (address: string) => `address:${address}`;

  return {
    /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
    retryAfterMs(username: string, address: string): number {
      const checks: [string, number][] = [
        [accountKey(username), settings.perAccount],
        [addressKey(address), settings.perAddress],
      ];
      let wait = 0;
      for (const [key, limit] of checks) {
        const times = recent(key);
        if (times.length >= limit) {
          wait = Math.max(
            wait,
            (times[times.length - limit] as number) + settings.windowMs - now(),
          );
        }
      }
      return wait;
    },
    recordFailure(username: string, address: string): void {
      for (const key of [accountKey(username), addressKey(address)]) {
        failures.set(key, [...recent(key), now()]);
      }
    },
    recordSuccess(username: string): void {
      failures.delete(accountKey(username));
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
