// Live updates across instances: every instance LISTENs on one PostgreSQL channel, and a change
// committed by any of them wakes the live streams of all. A booking change's NOTIFY goes out
// with its commit (changes-table.ts) and carries nothing: each stream reads the change log from
// the last id it sent, so a lost or doubled wake-up loses nothing and repeats nothing. Other
// topics carry their name (a reminder dismissed, a doctor's breaks or the clinic's mapping changed).
import pg from 'pg';
import type { RelayedTopic } from '../live/live-hub.ts';
import type { Logger } from '../logger.ts';
import { liveChannel } from '../store/changes-table.ts';

const relayed = new Set<string>(['visits', 'reminders', 'breaks', 'directory']);

export interface LiveRelay {
  /** Tells the other instances (and this one) that `topic` changed. */
  publish(topic: RelayedTopic): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createLiveRelay(options: {
  url: string;
  pool: pg.Pool;
  /** A wake-up arrived (from any instance, this one included). */
  onTopic: (topic: RelayedTopic) => void;
  logger: Logger;
  reconnectMs?: number;
}): LiveRelay {
  const { logger } = options;
  let client: pg.Client | undefined;
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;

  function reconnectSoon() {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void listen();
    }, options.reconnectMs ?? 1_000);
    timer.unref();
  }

  async function listen(): Promise<void> {
    const next = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5_000 });
    next.on('notification', (message) => {
      const topic = message.payload ? message.payload : 'visits';
      if (relayed.has(topic)) options.onTopic(topic as RelayedTopic);
    });
    next.on('error', (error) => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      logger.warn({ err: String(error) }, 'live relay: lost its connection; reconnecting');
      reconnectSoon();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${liveChannel}`);
      client = next;
      // Whatever was committed while no one listened is read now: streams resume from their id.
      for (const topic of relayed) options.onTopic(topic as RelayedTopic);
    } catch (error) {
      next.end().catch(() => {});
      logger.warn({ err: String(error) }, 'live relay: could not listen; trying again');
      reconnectSoon();
    }
  }

  return {
    async publish(topic) {
      await options.pool.query('SELECT pg_notify($1, $2)', [
        liveChannel,
        topic === 'visits' ? '' : topic,
      ]);
    },
    async start() {
      stopped = false;
      await listen();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      const old = client;
      client = undefined;
      await old?.end().catch(() => {});
    },
  };
}
