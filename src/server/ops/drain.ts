// A graceful stop: from `begin()` on, new webhooks are sent back (503, Docplanner sends them
// again) and readiness says so, while the ones already being written are waited for, so that
// each acknowledged notification is on disk before the database is closed.

export function createDrain() {
  let draining = false;
  const inFlight = new Set<Promise<unknown>>();
  return {
    /** Tracks `work` until it settles; returns it unchanged. */
    track<Result>(work: Promise<Result>): Promise<Result> {
      inFlight.add(work);
      work.then(
        () => inFlight.delete(work),
        () => inFlight.delete(work),
      );
      return work;
    },
    begin(): void {
      draining = true;
    },
    draining: () => draining,
    get inFlight(): number {
      return inFlight.size;
    },
    /** Resolves once every tracked request has settled, or after `timeoutMs`; with how many are left. */
    async settled(timeoutMs: number): Promise<number> {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((wake) => {
          timer = setTimeout(wake, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      return inFlight.size;
    },
  };
}
export type Drain = ReturnType<typeof createDrain>;
