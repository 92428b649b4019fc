// Prometheus metrics (prom-client) in a registry of this app's own: the inbox and its lag, dead
// letters, live streams, whether the disk takes writes, how Docplanner answers, and how long
// our own routes take, by route pattern (never by a path carrying ids or the webhook secret).
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { LiveHub } from '../live/live-hub.ts';
import type { Store } from '../store/store.ts';
import type { StorageStatus } from './storage-status.ts';
import type { UpstreamOutcome } from './upstream-status.ts';

export interface MetricsOptions {
  store: Store;
  hub: LiveHub;
  storage: Pick<StorageStatus, 'current'>;
  now?: () => number;
  /** Node's process metrics (CPU, memory, event loop); off in tests that build many apps. */
  processMetrics?: boolean;
}

export function createMetrics(options: MetricsOptions) {
  const { store, hub } = options;
  const now = options.now ?? Date.now;
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  new Gauge({
    name: 'agenda_inbox_pending',
    help: 'Notifications received and not yet processed',
    registers: [registry],
    async collect() {
      this.set(await store.inbox.pendingCount());
    },
  });
  new Gauge({
    name: 'agenda_inbox_lag_seconds',
    help: 'Age of the oldest notification not yet processed (0 when none waits)',
    registers: [registry],
    async collect() {
      const oldest = await store.inbox.oldestPendingAt();
      this.set(oldest === null ? 0 : Math.max(0, (now() - Date.parse(oldest)) / 1000));
    },
  });
  new Gauge({
    name: 'agenda_dead_letters',
    help: 'Bodies kept because they could not be read',
    registers: [registry],
    async collect() {
      this.set(await store.deadLetters.count());
    },
  });
  new Gauge({
    name: 'agenda_live_streams',
    help: 'Browsers connected to the live stream',
    registers: [registry],
    collect() {
      this.set(hub.listenerCount);
    },
  });
  new Gauge({
    name: 'agenda_storage_writable',
    help: '1 while the database takes writes, 0 while the disk refuses them',
    registers: [registry],
    collect() {
      this.set(options.storage.current().writable ? 1 : 0);
    },
  });
  const upstreamRequests = new Counter({
    name: 'agenda_upstream_requests_total',
    help: 'Requests to Docplanner by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'agenda_http_request_duration_seconds',
    help: 'Time to answer, by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const timed: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    // The live stream stays open: its duration is a connection's life, not an answer's.
    if (c.req.path === '/api/live') return;
    httpDuration.observe(
      { route: routePath(c), method: c.req.method, status: String(c.res.status) },
      (performance.now() - started) / 1000,
    );
  };

  return {
    registry,
    /** Middleware timing every answer. */
    timed,
    countUpstream(outcome: UpstreamOutcome): void {
      upstreamRequests.inc({ outcome });
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
