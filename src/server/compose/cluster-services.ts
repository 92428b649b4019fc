// Several instances on one PostgreSQL database, wired for the composition root: the live relay
// (a change committed by any instance wakes the streams of all) and the leader lease (the work
// one instance at a time may do). On SQLite there is one process: no relay, and it always leads.
import { alwaysLeading, createLeaderLease, type LeaderWork } from '../cluster/leader-lease.ts';
import { createLiveRelay, type LiveRelay } from '../cluster/live-relay.ts';
import type { LiveHub } from '../live/live-hub.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';

export interface ClusterCore {
  store: Store;
  hub: LiveHub;
  logger: Logger;
  /** What another instance's reminder change asks of this one: its reminder list read again. */
  refreshReminders: () => void;
  /** How often a follower tries to take the lead. */
  leaderRetryMs: number;
}

export function buildClusterServices(core: ClusterCore, leaderWork: readonly LeaderWork[]) {
  const { store, hub, logger } = core;
  if (store.sql.dialect !== 'postgres' || !('pool' in store.sql)) {
    return { relay: undefined as LiveRelay | undefined, lease: alwaysLeading(leaderWork) };
  }
  const { pool } = store.sql as { pool: import('pg').Pool };
  const url = (pool.options as { connectionString: string }).connectionString;
  const relay = createLiveRelay({
    url,
    pool,
    logger,
    onTopic: (topic) => {
      if (topic === 'reminders') core.refreshReminders();
      else hub.deliver(topic);
    },
  });
  hub.relayTo((topic) => {
    relay.publish(topic).catch((error: unknown) => {
      // The others learn it at their next reminder tick, or when their agendas read again.
      logger.warn({ err: String(error), topic }, 'live relay: could not tell the other instances');
    });
  });
  const lease = createLeaderLease({
    url,
    work: leaderWork,
    logger,
    retryMs: core.leaderRetryMs,
  });
  return { relay, lease };
}
export type ClusterServices = ReturnType<typeof buildClusterServices>;
