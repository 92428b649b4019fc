// Work only one instance may do at a time (pulling Docplanner's queue, asking it to push again,
// the retention sweep): each instance tries to take a PostgreSQL session-level advisory lock on a
// connection of its own, and the one holding it does the work. If that instance dies (kill -9,
// a lost network), PostgreSQL drops its connection and with it the lock, and the next instance's
// try takes it over: that is the handover. On SQLite there is one process: it always leads.
import pg from 'pg';
import type { Logger } from '../logger.ts';

export interface LeaderWork {
  /** Said in the log. */
  name: string;
  start(): void;
  stop(): void;
}

export interface LeaderLease {
  /** True while this instance leads. */
  readonly leading: boolean;
  start(): void;
  stop(): Promise<void>;
}

/** The advisory lock of the leader (any fixed bigint; this one is ours). */
const leaderLock = '7301812003';

/** One process, one store: the work starts at once and stops with the server. */
export function alwaysLeading(work: readonly LeaderWork[]): LeaderLease {
  let leading = false;
  return {
    get leading() {
      return leading;
    },
    start() {
      leading = true;
      for (const item of work) item.start();
    },
    async stop() {
      leading = false;
      for (const item of work) item.stop();
    },
  };
}

export function createLeaderLease(options: {
  url: string;
  work: readonly LeaderWork[];
  logger: Logger;
  /** How often a follower tries to take the lead (and the leader checks it still has it). */
  retryMs?: number;
}): LeaderLease {
  const { logger, work } = options;
  const retryMs = options.retryMs ?? 2_000;
  let client: pg.Client | undefined;
  let leading = false;
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;

  function lead() {
    if (leading) return;
    leading = true;
    logger.info({ work: work.map((item) => item.name) }, 'leader: this instance leads');
    for (const item of work) item.start();
  }

  function follow(why: string) {
    if (!leading) return;
    leading = false;
    logger.warn({ why }, 'leader: this instance no longer leads');
    for (const item of work) item.stop();
  }

  function dropClient() {
    const old = client;
    client = undefined;
    old?.end().catch(() => {});
  }

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5_000 });
    next.on('error', (error) => {
      // The connection is gone, and the lock with it: another instance may lead already.
      if (client === next) {
        dropClient();
        follow(String(error));
      }
    });
    await next.connect();
    return next;
  }

  async function tryOnce(): Promise<void> {
    try {
      client ??= await connect();
      if (leading) {
        // Still connected, so still holding it; a query proves the connection is alive.
        await client.query('SELECT 1');
        return;
      }
      const { rows } = await client.query<{ taken: boolean }>(
        'SELECT pg_try_advisory_lock($1::bigint) AS taken',
        [leaderLock],
      );
      if (rows[0]?.taken && !stopped) lead();
    } catch (error) {
      dropClient();
      follow(String(error));
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      attempt = tryOnce().finally(schedule);
    }, retryMs);
    timer.unref();
  }

  return {
    get leading() {
      return leading;
    },
    start() {
      stopped = false;
      attempt = tryOnce().finally(schedule);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await attempt?.catch(() => {});
      follow('stopping');
      // Closing the connection releases the lock: a follower takes over at its next try.
      dropClient();
    },
  };
}
