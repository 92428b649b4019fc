// The composition root: configuration → store → upstream → ingest → agenda → live → routes. main.ts
// builds the server here and listens; the tests build the same server with parts substituted
// (a clock, Docplanner's API, the clinic's structure …), so what they test is what runs.
import path from 'node:path';
import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import type { FacilityDirectoryReader } from './agenda/facility-directory.ts';
import type { RangeSync } from './agenda/range-sync.ts';
import { type AppParts, createApp } from './app.ts';
import { createSignInLimiter } from './auth/sign-in-limiter.ts';
import { type Clock, createSandboxClock, systemClock } from './clock/clock.ts';
import { buildAgendaServices } from './compose/agenda-services.ts';
import { buildClusterServices } from './compose/cluster-services.ts';
import { buildIngestServices } from './compose/ingest-services.ts';
import { createLifecycle } from './compose/lifecycle.ts';
import type { Config } from './config.ts';
import { createLiveHub } from './live/live-hub.ts';
import { createLogger, type Logger } from './logger.ts';
import { createDrain } from './ops/drain.ts';
import { createMetrics } from './ops/metrics.ts';
import { createStorageStatus } from './ops/storage-status.ts';
import { createUpstreamStatus } from './ops/upstream-status.ts';
import { openConfiguredStore, type Store } from './store/store.ts';
import type { UpstreamConnection } from './upstream/connect-upstream.ts';
import { createDocplannerApi, type DocplannerApi } from './upstream/docplanner-api.ts';
import { createDocplannerHttp } from './upstream/http.ts';
import { createTokenSource } from './upstream/token-source.ts';

// The shared wire schemas are zod/mini, which loads no language ("Invalid input"): the BFF's
// 400s name what is wrong in English, whichever schema read the request.
z.config(z.locales.en());

export interface ServerOverrides {
  /**
   * Where Docplanner is, already connected (`connectUpstream`): the one part always given, since
   * connecting may start the embedded sandbox, which takes a while.
   */
  upstream: UpstreamConnection;
  /** By default a logger at the configured level. */
  logger?: Logger;
  /** Docplanner's API; by default over HTTP to the upstream's origin, with its tokens. */
  api?: DocplannerApi;
  /** The server's now; by default the sandbox's clock on sandbox data, else the system's. */
  clock?: Clock;
  /** The clinic's structure; by default read from Docplanner with the admin's mapping. */
  directory?: FacilityDirectoryReader;
  /** How the agenda's ranges are read from Docplanner. */
  rangeSync?: RangeSync;
  /** Issue 8's mapping, online hours and slots; by default over Docplanner. */
  calendars?: AppParts['calendars'];
  /** The built SPA to serve; null for the API only. By default the repository's dist/. */
  distDir?: string | null;
  /** How often a failing disk is probed (5 s by default). */
  storageProbeMs?: number;
  /** Node's process metrics (on by default; off in tests that build many servers). */
  processMetrics?: boolean;
  /** How often the live stream says it is alive (its own default when unset). */
  heartbeatMs?: number;
  /** Said by /api/health; package.json's by default. */
  version?: string;
  /** The store; by default the configuration's (PostgreSQL at DATABASE_URL, else SQLite). */
  store?: Store;
}

export function buildServer(config: Config, overrides: ServerOverrides) {
  const { upstream } = overrides;
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const store = overrides.store ?? openConfiguredStore(config);
  const hub = createLiveHub();
  // The processor is built after the storage status, which tells it when writes work again.
  let scheduleProcessing = () => {};
  const storage = createStorageStatus({
    store,
    logger,
    onRecovered: () => scheduleProcessing(),
    ...(overrides.storageProbeMs ? { probeEveryMs: overrides.storageProbeMs } : {}),
  });
  const metrics = createMetrics({
    store,
    hub,
    storage,
    ...(overrides.processMetrics === undefined ? {} : { processMetrics: overrides.processMetrics }),
  });
  const upstreamStatus = createUpstreamStatus({
    onOutcome: (outcome) => metrics.countUpstream(outcome),
  });
  const drain = createDrain();
  const api =
    overrides.api ??
    createDocplannerApi(
      createDocplannerHttp({
        origin: upstream.origin,
        tokens: createTokenSource(upstream),
        fetch: upstreamStatus.observedFetch(),
      }),
    );
  // Against the sandbox, time is the sandbox's: tests and demos move it (read in prepare()).
  const sandboxClock =
    !overrides.clock && upstream.dataSource === 'sandbox'
      ? createSandboxClock(upstream.origin, { onJump: () => hub.notifyClock() })
      : undefined;
  const clock: Clock = overrides.clock ?? sandboxClock ?? systemClock;

  const core = { config, logger, store, hub, api, clock, dataSource: upstream.dataSource };
  const agenda = buildAgendaServices(core, overrides);
  const ingest = buildIngestServices({ ...core, storage, origin: upstream.origin }, agenda);
  scheduleProcessing = () => ingest.processor.schedule();
  // One instance at a time drains Docplanner's queue, asks it to push again and sweeps old rows.
  const leaderWork = [
    ...(ingest.puller ? [{ name: 'pull', ...ingest.puller }] : []),
    ...(ingest.releaser ? [{ name: 'release', ...ingest.releaser }] : []),
    { name: 'retention', start: ingest.retention.start, stop: ingest.retention.stop },
  ];
  const cluster = buildClusterServices(
    {
      store,
      hub,
      logger,
      refreshReminders: () => void agenda.reminders.refresh(),
      leaderRetryMs: config.leaderRetryMs,
    },
    leaderWork,
  );

  const distDir =
    overrides.distDir === undefined
      ? path.resolve(import.meta.dirname, '../../dist')
      : overrides.distDir;
  const app = createApp({
    logger,
    store,
    agendaReader: agenda.agendaReader,
    hub,
    writer: ingest.writer,
    clock,
    reminders: agenda.reminders,
    refresher: agenda.refresher,
    visitActions: agenda.visitActions,
    phoneBooking: agenda.phoneBooking,
    doctorBreaks: agenda.doctorBreaks,
    calendars: agenda.calendars,
    settings: {
      paymentWindow: config.paymentWindow,
      joinWindow: config.joinWindow,
      reminderLeadMinutes: config.reminderLeadMinutes,
      snoozeMinutes: config.snoozeMinutes,
      timeZone: config.timeZone,
    },
    webhookSecret: ingest.webhookSecret,
    ...(ingest.webhookAllowlist ? { webhookAllowlist: ingest.webhookAllowlist } : {}),
    trustProxy: config.trustProxy,
    clinicLocale: config.clinicLocale,
    auth: {
      limiter: createSignInLimiter(),
      idleMs: config.sessionIdleMs,
      secureCookies: config.secureCookies,
    },
    dataSource: upstream.dataSource,
    version: overrides.version ?? packageJson.version,
    ops: {
      storage,
      upstream: upstreamStatus,
      drain,
      metrics,
      metricsToken: config.metricsToken,
      replay: ingest.replay,
      retentionDays: Math.round(config.retentionMs / (24 * 60 * 60_000)),
    },
    ...(distDir ? { distDir } : {}),
    ...(overrides.heartbeatMs ? { heartbeatMs: overrides.heartbeatMs } : {}),
  });

  const lifecycle = createLifecycle({
    logger,
    store,
    storage,
    drain,
    upstream,
    sandboxClock,
    agenda,
    ingest,
    cluster,
  });
  return {
    app,
    config,
    logger,
    services: {
      store,
      hub,
      clock,
      api,
      ...agenda,
      ...ingest,
      cluster,
      ops: { storage, drain, upstream: upstreamStatus, metrics },
    },
    ...lifecycle,
  };
}
export type BuiltServer = ReturnType<typeof buildServer>;
