// What a built server does over its life, apart from answering requests: before it listens
// (the disk probed, the sandbox's clock read, the demo accounts, the inbox left from the last
// run), once it listens (notification delivery, the timers and workers), and a graceful stop.
import { ensureDemoUsers } from '../auth/demo-users.ts';
import type { createSandboxClock } from '../clock/clock.ts';
import type { Logger } from '../logger.ts';
import type { Drain } from '../ops/drain.ts';
import type { StorageStatus } from '../ops/storage-status.ts';
import { settingDefaults } from '../settings-defaults.ts';
import type { Store } from '../store/store.ts';
import type { UpstreamConnection } from '../upstream/connect-upstream.ts';
import { setSandboxDelivery } from '../upstream/sandbox-delivery.ts';
import type { AgendaServices } from './agenda-services.ts';
import type { ClusterServices } from './cluster-services.ts';
import type { IngestServices } from './ingest-services.ts';

export interface LifecycleParts {
  logger: Logger;
  store: Store;
  storage: StorageStatus;
  drain: Drain;
  upstream: UpstreamConnection;
  sandboxClock: ReturnType<typeof createSandboxClock> | undefined;
  agenda: AgendaServices;
  ingest: IngestServices;
  cluster: ClusterServices;
}

export interface StopOptions {
  /** Said in the log (e.g. the signal). */
  reason?: string;
  /**
   * Closes the HTTP server, called once the inbox is processed and before the store is closed
   * (so that no request meets a closed store).
   */
  closeHttp?: () => void;
}

export function createLifecycle(parts: LifecycleParts) {
  const { logger, store, storage, drain, upstream, sandboxClock, agenda, ingest, cluster } = parts;
  let stopped: Promise<void> | undefined;

  async function shutDown(options: StopOptions): Promise<void> {
    drain.begin();
    logger.info({ signal: options.reason, inFlight: drain.inFlight }, 'shutting down');
    // The lead is given up (pulling, releasing, the sweep stop): another instance takes it.
    await cluster.lease.stop();
    agenda.reminders.stop();
    agenda.paymentVerifier.stop();
    storage.stop();
    ingest.webhookAllowlist?.stop();
    sandboxClock?.stop();
    const left = await drain.settled(settingDefaults.drainTimeoutMs);
    if (left > 0) logger.error({ left }, 'shutting down with webhooks still being written');
    try {
      await ingest.processor.processPending();
    } catch (error) {
      // Still pending in the inbox: processed at the next start.
      logger.warn({ err: String(error) }, 'the inbox is processed at the next start');
    }
    options.closeHttp?.();
    await upstream.close();
    await cluster.relay?.stop();
    await store.close();
    logger.info('stopped');
  }

  return {
    /** Before listening. */
    async prepare(): Promise<void> {
      // Whether the disk takes writes: on a full disk the agenda starts and serves what it has,
      // and what needs a write (a notification, a sign-in) is refused with 503 until space is back.
      if (store.exclusive) {
        logger.error(
          'storage: the disk was too full to open the database for several processes; opened for this one alone (backups and `npm run users` wait for a restart with space)',
        );
      }
      await store.ready();
      // Changes committed by the other instances wake this one's streams from now on.
      await cluster.relay?.start();
      await storage.probe();
      if (upstream.dataSource === 'sandbox') await ensureDemoUsers(store, logger);
      else if ((await store.users.count()) === 0) {
        logger.warn(
          'no staff accounts yet: create one with `npm run users -- add <username> --role admin`',
        );
      }
      // Against the sandbox, time is the sandbox's: tests and demos move it.
      await sandboxClock?.start((error) =>
        logger.warn({ err: String(error) }, 'could not read the sandbox clock'),
      );
      // Whatever was received but not processed before a stop is processed now.
      ingest.processor.schedule();
    },

    /** Once listening on `port`: notifications are delivered and the workers run. */
    async start(port: number): Promise<void> {
      if (upstream.dataSource === 'sandbox') {
        const delivery = ingest.webhookSecret
          ? {
              mode: 'push' as const,
              url: `http://127.0.0.1:${port}/webhooks/docplanner/${ingest.webhookSecret}`,
            }
          : { mode: 'pull' as const };
        await setSandboxDelivery(upstream.origin, delivery).catch((error: unknown) =>
          logger.warn({ err: String(error) }, 'could not set the sandbox notification delivery'),
        );
      }
      cluster.lease.start();
      agenda.reminders.start();
      agenda.paymentVerifier.start();
      ingest.webhookAllowlist?.start();
    },

    /**
     * A graceful stop: new webhooks are sent back (503, Docplanner retries), readiness says
     * stopping, the ones being written are waited for, the inbox is processed, then the store is
     * closed. Each notification acknowledged with 200 is on disk before this resolves.
     */
    stop(options: StopOptions = {}): Promise<void> {
      // A second signal waits for the same stop.
      stopped ??= shutDown(options);
      return stopped;
    },
  };
}
export type Lifecycle = ReturnType<typeof createLifecycle>;
