// The HTTP application as a value: built from its parts, so tests can build one around a
// different store or upstream without a socket.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Health } from '../shared/api/health.ts';
import type { Settings } from '../shared/api/settings.ts';
import type { BookingRefresher } from './agenda/booking-refresher.ts';
import type { AgendaReader } from './agenda/read-agenda.ts';
import type { Clock } from './clock/clock.ts';
import type { InboxWriter } from './ingest/inbox-writer.ts';
import type { LiveHub } from './live/live-hub.ts';
import type { Logger } from './logger.ts';
import type { ReminderService } from './reminders/reminder-service.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { apiError } from './routes/api-error.ts';
import { healthRoutes } from './routes/health.ts';
import { liveRoutes } from './routes/live.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { settingsRoutes } from './routes/settings.ts';
import { spaRoutes } from './routes/spa.ts';
import { visitRoutes } from './routes/visits.ts';
import { webhookRoutes } from './routes/webhook.ts';
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
  settings: Omit<Settings, 'clock'>;
  /** Present in push mode: the secret segment of the webhook path. */
  webhookSecret: string | undefined;
  dataSource: Health['dataSource'];
  version: string;
  /** The built SPA; omitted in API-only tests. */
  distDir?: string;
  heartbeatMs?: number;
}

export function createApp(parts: AppParts) {
  const app = new Hono();
  app.use('/api/*', compress());
  app.route('/api/health', healthRoutes({ dataSource: parts.dataSource, version: parts.version }));
  app.route('/api/agenda', agendaRoutes({ reader: parts.agendaReader, logger: parts.logger }));
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
      visitExists: async (id) => (await parts.agendaReader.visit(id)) !== null,
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
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No such API route: ${c.req.path}`));
  if (parts.webhookSecret) {
    app.route(
      '/webhooks/docplanner',
      webhookRoutes({
        secret: parts.webhookSecret,
        writer: parts.writer,
        store: parts.store,
        logger: parts.logger,
      }),
    );
  }
  app.all('/webhooks/*', (c) => apiError(c, 404, 'not_found', 'No such webhook.'));
  if (parts.distDir) app.route('/', spaRoutes(parts.distDir));

  app.onError((error, c) => {
    parts.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return apiError(c, 500, 'internal', 'Something went wrong on the agenda server. Try again.');
  });
  return app;
}
