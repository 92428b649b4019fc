// GET /api/health (what works, for people and monitors), /api/health/live and /api/health/ready
// (for orchestrators: the process answers; it takes traffic). Open to anyone: no clinic data.
import { Hono } from 'hono';
import type { Health } from '../../shared/api/health.ts';
import type { LiveHub } from '../live/live-hub.ts';
import type { StorageStatus } from '../ops/storage-status.ts';
import type { UpstreamStatus } from '../ops/upstream-status.ts';
import type { Store } from '../store/store.ts';

export interface HealthOptions {
  dataSource: Health['dataSource'];
  version: string;
  store: Store;
  hub: LiveHub;
  storage: Pick<StorageStatus, 'current' | 'failed'>;
  upstream: Pick<UpstreamStatus, 'current'>;
  stopping: () => boolean;
  now?: () => number;
}

export function healthRoutes(options: HealthOptions) {
  const now = options.now ?? Date.now;

  /** What waits in the inbox; null when the store cannot be read (it is then degraded). */
  async function notifications(): Promise<Health['checks']['notifications']> {
    try {
      const oldest = await options.store.inbox.oldestPendingAt();
      return {
        pending: await options.store.inbox.pendingCount(),
        lagSeconds: oldest === null ? 0 : Math.max(0, (now() - Date.parse(oldest)) / 1000),
        deadLetters: await options.store.deadLetters.count(),
      };
    } catch (error) {
      if (!options.storage.failed(error)) throw error;
      return null;
    }
  }

  async function report(): Promise<Health> {
    const waiting = await notifications();
    const upstream = options.upstream.current();
    const storage = options.storage.current();
    const status = options.stopping()
      ? 'stopping'
      : upstream.ok && storage.writable
        ? 'ready'
        : 'degraded';
    return {
      status,
      dataSource: options.dataSource,
      version: options.version,
      checks: {
        upstream,
        storage,
        notifications: waiting,
        live: { streams: options.hub.listenerCount },
      },
    };
  }

  return new Hono()
    .get('/', async (c) => {
      c.header('cache-control', 'no-store');
      return c.json(await report());
    })
    .get('/live', (c) => c.json({ status: 'live' }))
    .get('/ready', (c) =>
      options.stopping() ? c.json({ status: 'stopping' }, 503) : c.json({ status: 'ready' }),
    );
}
