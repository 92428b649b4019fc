// Composition root: config → store → upstream → ingest → live → routes → listen.

import path from 'node:path';
import { serve } from '@hono/node-server';
import packageJson from '../../package.json' with { type: 'json' };
import { createBookingRefresher } from './agenda/booking-refresher.ts';
import { createDoctorBreaks } from './agenda/doctor-breaks.ts';
import { createFacilityDirectory } from './agenda/facility-directory.ts';
import { createPhoneBooking } from './agenda/phone-booking.ts';
import { createRangeSync } from './agenda/range-sync.ts';
import { createAgendaReader } from './agenda/read-agenda.ts';
import { createVisitActions } from './agenda/visit-actions.ts';
import { createApp } from './app.ts';
import { ensureDemoUsers } from './auth/demo-users.ts';
import { createSignInLimiter } from './auth/sign-in-limiter.ts';
import { type Clock, createSandboxClock, systemClock } from './clock/clock.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDeadLetterReplay } from './ingest/dead-letter-replay.ts';
import { createInboxWriter } from './ingest/inbox-writer.ts';
import { createPatientReader } from './ingest/patient-reader.ts';
import { createProcessor } from './ingest/processor.ts';
import { createPuller } from './ingest/puller.ts';
import { createReleaser } from './ingest/releaser.ts';
import { createWebhookAllowlist } from './ingest/webhook-allowlist.ts';
import { createLiveHub } from './live/live-hub.ts';
import { oncePerKey } from './log/once-per-key.ts';
import { createLogger } from './logger.ts';
import { createHoursPublisher } from './mapping/hours-publisher.ts';
import { createMappingReader } from './mapping/mapping-reader.ts';
import { createSlotsLayer } from './mapping/slots-layer.ts';
import { createDrain } from './ops/drain.ts';
import { createMetrics } from './ops/metrics.ts';
import { createRetention } from './ops/retention.ts';
import { createStorageStatus } from './ops/storage-status.ts';
import { createUpstreamStatus } from './ops/upstream-status.ts';
import { createPaymentVerifier } from './payments/payment-verifier.ts';
import { createReminderService } from './reminders/reminder-service.ts';
import { settingDefaults } from './settings-defaults.ts';
import { openStore } from './store/store.ts';
import { connectUpstream } from './upstream/connect-upstream.ts';
import { createDocplannerApi } from './upstream/docplanner-api.ts';
import { createDocplannerHttp } from './upstream/http.ts';
import { setSandboxDelivery } from './upstream/sandbox-delivery.ts';
import { createTokenSource } from './upstream/token-source.ts';

function readConfig() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel);
const store = openStore(config.dataDir);
const hub = createLiveHub();
// Whether the disk takes writes: on a full disk the agenda starts and serves what it has, and
// what needs a write (a notification, a sign-in) is refused with 503 until space is back.
let scheduleProcessing = () => {};
const storage = createStorageStatus({
  store,
  logger,
  onRecovered: () => scheduleProcessing(),
});
if (store.exclusive) {
  logger.error(
    'storage: the disk was too full to open the database for several processes; opened for this one alone (backups and `npm run users` wait for a restart with space)',
  );
}
storage.probe();
const metrics = createMetrics({ store, hub, storage });
const upstreamStatus = createUpstreamStatus({
  onOutcome: (outcome) => metrics.countUpstream(outcome),
});
const drain = createDrain();

const upstream = await connectUpstream(config, logger);
if (upstream.dataSource === 'sandbox') await ensureDemoUsers(store, logger);
else if (store.users.count() === 0) {
  logger.warn(
    'no staff accounts yet: create one with `npm run users -- add <username> --role admin`',
  );
}
const tokens = createTokenSource(upstream);
const api = createDocplannerApi(
  createDocplannerHttp({ origin: upstream.origin, tokens, fetch: upstreamStatus.observedFetch() }),
);

// Against the sandbox, time is the sandbox's: tests and demos move it.
const sandboxClock =
  upstream.dataSource === 'sandbox'
    ? createSandboxClock(upstream.origin, { onJump: () => hub.notifyClock() })
    : undefined;
await sandboxClock?.start((error) =>
  logger.warn({ err: String(error) }, 'could not read the sandbox clock'),
);
const clock: Clock = sandboxClock ?? systemClock;

const directory = createFacilityDirectory({
  api,
  facilityId: config.facilityId,
  mapping: store.mapping,
});

const refresher = createBookingRefresher({
  api,
  store,
  logger,
  onChanged: () => hub.notify(),
  now: () => clock.now(),
});
// A notification with `patient: null` is read again from Docplanner, with its patient.
const patientReader = createPatientReader({ refresher, logger });

const processor = createProcessor({
  store,
  logger,
  timeZone: config.timeZone,
  onChanged: () => hub.notify(),
  // Address services changed on Docplanner: names and the online rule are read again.
  onRefresh: (what) => (what === 'directory' ? directory.invalidate() : hub.notifyBreaks()),
  onPatientMissing: (bookingId) => void patientReader.read(bookingId),
  onWriteFailed: (error) => storage.failed(error),
});
scheduleProcessing = () => processor.schedule();
const writer = createInboxWriter(store, () => processor.schedule());
// Whatever was received but not processed before a stop is processed now.
processor.schedule();

const { readDeadlineMs } = settingDefaults;
const rangeSync = createRangeSync({
  api,
  // Reads of Docplanner are observations at Docplanner's time (the sandbox's, on sandbox data),
  // comparable with the notifications' created_at.
  now: () => clock.now(),
  store,
  logger,
  timeZone: config.timeZone,
  maxAgeMs: config.agendaSyncMaxAgeMs,
  hedgeAfterMs: readDeadlineMs,
  onChanged: () => hub.notify(),
});
// Each visit's refused link is said once, not on every agenda read.
const firstRefusal = oncePerKey();
const agendaReader = createAgendaReader({
  now: () => clock.now(),
  store,
  directory,
  rangeSync,
  syncWaitMs: readDeadlineMs,
  logger,
  dataSource: upstream.dataSource,
  timeZone: config.timeZone,
  allowHttpVideoLinks: config.allowHttpVideoLinks,
  onRefusedVideoLink: (bookingId, reason) => {
    if (firstRefusal(`${bookingId} ${reason}`)) {
      logger.warn({ bookingId, reason }, 'video link refused: not shown as a link');
    }
  },
});

const reminders = createReminderService({
  store,
  clock,
  leadMinutes: config.reminderLeadMinutes,
  snoozeMinutes: config.snoozeMinutes,
  facilityId: async () => (await directory.get()).facility.id,
  visitById: (id) => agendaReader.visit(id),
  onChange: () => hub.notifyReminders(),
  logger,
});

const visitActions = createVisitActions({
  api,
  store,
  logger,
  timeZone: config.timeZone,
  onChanged: () => hub.notify(),
  now: () => clock.now(),
});
const doctorBreaks = createDoctorBreaks({
  api,
  directory,
  timeZone: config.timeZone,
  onChanged: () => hub.notifyBreaks(),
});
const phoneBooking = createPhoneBooking({
  api,
  store,
  directory,
  logger,
  timeZone: config.timeZone,
  onChanged: () => hub.notify(),
  now: () => clock.now(),
});
const paymentVerifier = createPaymentVerifier({
  store,
  clock,
  refresher,
  logger,
  ...config.paymentWindow,
});

const mapping = createMappingReader({ api, store, directory });
const calendars = {
  mapping,
  publisher: createHoursPublisher({ api, directory, mapping, timeZone: config.timeZone, logger }),
  slots: createSlotsLayer({ api, directory, timeZone: config.timeZone }),
  // Names and the online rule are part of every visit: let open agendas re-read.
  onMappingChanged: () => directory.invalidate(),
};

const webhookAllowlist = config.webhookAllowlist
  ? createWebhookAllowlist({
      source:
        config.webhookAllowlist.kind === 'docplanner'
          ? { kind: 'docplanner', origin: upstream.origin }
          : config.webhookAllowlist,
      logger,
    })
  : undefined;

const webhookSecret =
  config.notifications.mode === 'push' ? config.notifications.secret : undefined;
const app = createApp({
  logger,
  store,
  agendaReader,
  hub,
  writer,
  clock,
  reminders,
  refresher,
  visitActions,
  phoneBooking,
  doctorBreaks,
  calendars,
  settings: {
    paymentWindow: config.paymentWindow,
    joinWindow: config.joinWindow,
    reminderLeadMinutes: config.reminderLeadMinutes,
    snoozeMinutes: config.snoozeMinutes,
    timeZone: config.timeZone,
  },
  webhookSecret,
  ...(webhookAllowlist ? { webhookAllowlist } : {}),
  trustProxy: config.trustProxy,
  clinicLocale: config.clinicLocale,
  auth: {
    limiter: createSignInLimiter(),
    idleMs: config.sessionIdleMs,
    secureCookies: config.secureCookies,
  },
  dataSource: upstream.dataSource,
  version: packageJson.version,
  ops: {
    storage,
    upstream: upstreamStatus,
    drain,
    metrics,
    metricsToken: config.metricsToken,
    replay: createDeadLetterReplay({ store, onWritten: () => processor.schedule() }),
    retentionDays: Math.round(config.retentionMs / (24 * 60 * 60_000)),
  },
  distDir: path.resolve(import.meta.dirname, '../../dist'),
});

const puller =
  config.notifications.mode === 'pull'
    ? createPuller({
        api,
        writer,
        logger,
        intervalMs: config.notifications.intervalMs,
        canStore: () => storage.current().writable,
        onWriteFailed: (error) => storage.failed(error),
      })
    : undefined;
const retention = createRetention({
  store,
  logger,
  retentionMs: config.retentionMs,
  onWriteFailed: (error) => storage.failed(error),
});
const releaser = config.notifications.mode === 'push' ? createReleaser({ api, logger }) : undefined;

const server = serve(
  { fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
  (info) => {
    void (async () => {
      if (upstream.dataSource === 'sandbox') {
        const delivery = webhookSecret
          ? {
              mode: 'push' as const,
              url: `http://127.0.0.1:${info.port}/webhooks/docplanner/${webhookSecret}`,
            }
          : { mode: 'pull' as const };
        await setSandboxDelivery(upstream.origin, delivery).catch((error: unknown) =>
          logger.warn({ err: String(error) }, 'could not set the sandbox notification delivery'),
        );
      }
      puller?.start();
      releaser?.start();
      retention.start();
      reminders.start();
      paymentVerifier.start();
      webhookAllowlist?.start();
      const url = `http://localhost:${info.port}`;
      logger.info(
        { url, dataSource: upstream.dataSource, notifications: config.notifications.mode },
        'Online Agenda is listening',
      );
      process.stdout.write(`\nOnline Agenda: ${url}\n\n`);
    })().catch((error) => {
      logger.fatal({ err: error }, 'could not start receiving notifications');
      process.exit(1);
    });
  },
);
server.on('error', (error) => {
  logger.fatal({ err: error }, 'could not start the HTTP server');
  process.exit(1);
});

let stopping = false;
// A graceful stop: new webhooks are sent back (503, Docplanner retries), readiness says
// stopping, the ones being written are waited for, the inbox is processed, then the database
// is closed. Each notification acknowledged with 200 is on disk before the process ends.
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  drain.begin();
  logger.info({ signal, inFlight: drain.inFlight }, 'shutting down');
  puller?.stop();
  releaser?.stop();
  reminders.stop();
  paymentVerifier.stop();
  retention.stop();
  storage.stop();
  webhookAllowlist?.stop();
  sandboxClock?.stop();
  const left = await drain.settled(settingDefaults.drainTimeoutMs);
  if (left > 0) logger.error({ left }, 'shutting down with webhooks still being written');
  try {
    processor.processPending();
  } catch (error) {
    // Still pending in the inbox: processed at the next start.
    logger.warn({ err: String(error) }, 'the inbox is processed at the next start');
  }
  // Live streams are open for ever: closing every connection lets the server close.
  server.close();
  if ('closeAllConnections' in server) server.closeAllConnections();
  await upstream.close();
  store.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
