// The HTTP application as a value, built from its parts by the composition root (build-server.ts),
// which the tests call too, with parts substituted, to run it without a socket.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Health } from '../shared/api/health.ts';
import type { Settings } from '../shared/api/settings.ts';
import { type Locale, resolveLocale } from '../shared/i18n/locales.ts';
import type { BookingRefresher } from './agenda/booking-refresher.ts';
import type { DoctorBreaks } from './agenda/doctor-breaks.ts';
import type { PhoneBooking } from './agenda/phone-booking.ts';
import type { AgendaReader } from './agenda/read-agenda.ts';
import type { VisitActions } from './agenda/visit-actions.ts';
import { csrfProtection } from './auth/csrf.ts';
import { type AuthVariables, sessionMiddleware } from './auth/session-middleware.ts';
import type { SignInLimiter } from './auth/sign-in-limiter.ts';
import type { Clock } from './clock/clock.ts';
import type { DeadLetterReplay } from './ingest/dead-letter-replay.ts';
import type { InboxWriter } from './ingest/inbox-writer.ts';
import type { WebhookAllowlist } from './ingest/webhook-allowlist.ts';
import type { LiveHub } from './live/live-hub.ts';
import type { Logger } from './logger.ts';
import type { HoursPublisher } from './mapping/hours-publisher.ts';
import type { MappingReader } from './mapping/mapping-reader.ts';
import type { SlotsLayerReader } from './mapping/slots-layer.ts';
import type { Drain } from './ops/drain.ts';
import type { Metrics } from './ops/metrics.ts';
import type { StorageStatus } from './ops/storage-status.ts';
import type { UpstreamStatus } from './ops/upstream-status.ts';
import type { ReminderService } from './reminders/reminder-service.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { apiError } from './routes/api-error.ts';
import { authRoutes } from './routes/auth.ts';
import { bookingRoutes } from './routes/bookings.ts';
import { breakRoutes } from './routes/breaks.ts';
import { daySheetRoutes } from './routes/day-sheet.ts';
import { deadLetterRoutes } from './routes/dead-letters.ts';
import { healthRoutes } from './routes/health.ts';
import { hoursRoutes, slotsRoutes } from './routes/hours.ts';
import { liveRoutes } from './routes/live.ts';
import { mappingRoutes } from './routes/mapping.ts';
import { metricsRoutes } from './routes/metrics.ts';
import { pageBootstrapHead, pageBootstrapOf } from './routes/page-bootstrap.ts';
import { patientRoutes } from './routes/patients.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { securityHeaders } from './routes/security-headers.ts';
import { settingsRoutes } from './routes/settings.ts';
import { spaRoutes } from './routes/spa.ts';
import { visitActionRoutes } from './routes/visit-actions.ts';
import { visitRoutes } from './routes/visits.ts';
import { storageRetryAfterSeconds, webhookRoutes } from './routes/webhook.ts';
import type { Store } from './store/store.ts';

export interface AppParts {
  logger: Logger;
  store: Store;
  agendaReader: AgendaReader;
  hub: LiveHub;
  writer: InboxWriter;
  clock: Clock;
  reminders: ReminderService;
  refresher: BookingRefresher;
  /** Presence, confirm, cancel, move (issue 15). */
  visitActions: VisitActions;
  /** Booking a patient who phones (issue 15). */
  phoneBooking: PhoneBooking;
  /** Doctors' breaks (issue 15). */
  doctorBreaks: DoctorBreaks;
  /** Issue 8's parts; absent in tests that do not need them. */
  calendars?: {
    mapping: MappingReader;
    publisher: HoursPublisher;
    slots: SlotsLayerReader;
    onMappingChanged: () => void;
  };
  settings: Omit<Settings, 'clock'>;
  /** Present in push mode: the secret segment of the webhook path. */
  webhookSecret: string | undefined;
  webhookAllowlist?: WebhookAllowlist;
  trustProxy?: boolean;
  /** The language of the clinic's Docplanner country (the page's last fallback); `en` unless told. */
  clinicLocale?: Locale;
  dataSource: Health['dataSource'];
  version: string;
  /** The built SPA; omitted in API-only tests. */
  distDir?: string;
  heartbeatMs?: number;
  auth: {
    limiter: SignInLimiter;
    idleMs: number;
    secureCookies: 'auto' | boolean;
    now?: () => number;
  };
  /** Running the server (issue 20): its health, metrics, shutdown and dead letters. */
  ops: {
    storage: StorageStatus;
    upstream: UpstreamStatus;
    drain: Drain;
    metrics: Metrics;
    /** Bearer token for /metrics from elsewhere than this machine. */
    metricsToken: string | undefined;
    replay: DeadLetterReplay;
    /** DEAD_LETTER_RETENTION_DAYS, said on the admin's screen. */
    retentionDays: number;
  };
}

/** What a person reads when the disk refused a write their request needed. */
function storageFullMessage(path: string, dialect: 'sqlite' | 'postgres'): string {
  if (dialect === 'postgres') {
    const why = path.startsWith('/api/auth/sign-in')
      ? 'Signing in needs to save your session, and the agenda server cannot reach its database.'
      : 'The agenda server cannot reach its database, so this could not be done.';
    return `${why} Ask your IT contact to check the database server; the agenda works again by itself as soon as it is back.`;
  }
  const why = path.startsWith('/api/auth/sign-in')
    ? 'Signing in needs to save your session, and the agenda server’s disk is full.'
    : 'The agenda server’s disk is full, so this change could not be saved.';
  return `${why} The agenda still shows what it has. Ask your IT contact to free space on the server; it works again by itself as soon as there is room.`;
}

export function createApp(parts: AppParts) {
  const app = new Hono<{ Variables: AuthVariables }>();
  const { ops } = parts;
  app.use('*', ops.metrics.timed);
  app.use('*', securityHeaders());
  app.use('/api/*', compress());
  const readSession = sessionMiddleware({
    store: parts.store,
    idleMs: parts.auth.idleMs,
    now: parts.auth.now,
    onWriteFailed: (error) => ops.storage.failed(error),
  });
  app.use('/api/*', readSession);
  app.use('/api/*', csrfProtection({ trustProxy: parts.trustProxy ?? false }));
  app.route(
    '/api/auth',
    authRoutes({
      store: parts.store,
      limiter: parts.auth.limiter,
      logger: parts.logger,
      idleMs: parts.auth.idleMs,
      secureCookies: parts.auth.secureCookies,
      trustProxy: parts.trustProxy ?? false,
      ...(parts.auth.now ? { now: parts.auth.now } : {}),
    }),
  );
  app.route(
    '/api/health',
    healthRoutes({
      dataSource: parts.dataSource,
      version: parts.version,
      store: parts.store,
      hub: parts.hub,
      storage: ops.storage,
      upstream: ops.upstream,
      stopping: ops.drain.draining,
    }),
  );
  app.route(
    '/api/admin/dead-letters',
    deadLetterRoutes({
      store: parts.store,
      replay: ops.replay,
      logger: parts.logger,
      retentionDays: ops.retentionDays,
    }),
  );
  app.route('/api/agenda', agendaRoutes({ reader: parts.agendaReader, logger: parts.logger }));
  app.route(
    '/api/day-sheet.csv',
    daySheetRoutes({
      reader: parts.agendaReader,
      logger: parts.logger,
      timeZone: parts.settings.timeZone,
      paymentWindow: parts.settings.paymentWindow,
      now: () => parts.clock.now(),
    }),
  );
  app.route(
    '/api/live',
    liveRoutes({
      store: parts.store,
      hub: parts.hub,
      visitById: (id) => parts.agendaReader.visit(id),
      reminders: () => parts.reminders.current(),
      clock: parts.clock,
      ...(parts.heartbeatMs ? { heartbeatMs: parts.heartbeatMs } : {}),
    }),
  );
  app.route('/api/settings', settingsRoutes({ clock: parts.clock, settings: parts.settings }));
  app.route(
    '/api/reminders',
    reminderRoutes({
      reminders: parts.reminders,
      visitById: (id) => parts.agendaReader.visit(id),
    }),
  );
  app.route(
    '/api/visits',
    visitRoutes({
      store: parts.store,
      reader: parts.agendaReader,
      refresher: parts.refresher,
      logger: parts.logger,
    }),
  );
  app.route(
    '/api/visits',
    visitActionRoutes({
      store: parts.store,
      reader: parts.agendaReader,
      actions: parts.visitActions,
      logger: parts.logger,
      now: () => parts.clock.now(),
    }),
  );
  app.route(
    '/api/bookings',
    bookingRoutes({
      store: parts.store,
      reader: parts.agendaReader,
      booking: parts.phoneBooking,
      logger: parts.logger,
      now: () => parts.clock.now(),
    }),
  );
  app.route(
    '/api/breaks',
    breakRoutes({
      store: parts.store,
      breaks: parts.doctorBreaks,
      logger: parts.logger,
      now: () => parts.clock.now(),
    }),
  );
  app.route(
    '/api/patients',
    patientRoutes({ store: parts.store, reader: parts.agendaReader, logger: parts.logger }),
  );
  if (parts.calendars) {
    const { mapping, publisher, slots, onMappingChanged } = parts.calendars;
    app.route(
      '/api/mapping',
      mappingRoutes({
        store: parts.store,
        reader: mapping,
        logger: parts.logger,
        onChanged: onMappingChanged,
      }),
    );
    app.route('/api/online-hours', hoursRoutes({ publisher, mapping, logger: parts.logger }));
    app.route('/api/slots', slotsRoutes({ layer: slots, logger: parts.logger }));
  }
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No such API route: ${c.req.path}`));
  if (parts.webhookSecret) {
    app.route(
      '/webhooks/docplanner',
      webhookRoutes({
        secret: parts.webhookSecret,
        writer: parts.writer,
        store: parts.store,
        logger: parts.logger,
        ...(parts.webhookAllowlist ? { allowlist: parts.webhookAllowlist } : {}),
        trustProxy: parts.trustProxy ?? false,
        storage: ops.storage,
        draining: ops.drain.draining,
        track: ops.drain.track,
      }),
    );
  }
  app.all('/webhooks/*', (c) => apiError(c, 404, 'not_found', 'No such webhook.'));
  app.route('/metrics', metricsRoutes({ metrics: ops.metrics, token: ops.metricsToken }));
  if (parts.distDir) {
    const settings = { clock: parts.clock, settings: parts.settings };
    app.route(
      '/',
      spaRoutes(parts.distDir, {
        readSession,
        // Chosen, else the browser's, else the clinic's: the signed-out page too.
        langFor: (c) =>
          resolveLocale({
            chosen: c.get('user')?.locale ?? null,
            acceptLanguage: c.req.header('accept-language'),
            clinic: parts.clinicLocale ?? 'en',
          }),
        headFor: (c) => {
          const bootstrap = pageBootstrapOf(c, settings);
          return bootstrap ? pageBootstrapHead(bootstrap) : null;
        },
      }),
    );
  }

  app.onError((error, c) => {
    if (ops.storage.failed(error)) {
      c.header('retry-after', String(storageRetryAfterSeconds));
      return apiError(c, 503, 'storage_full', storageFullMessage(c.req.path, parts.store.dialect));
    }
    parts.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return apiError(c, 500, 'internal', 'Something went wrong on the agenda server. Try again.');
  });
  return app;
}
