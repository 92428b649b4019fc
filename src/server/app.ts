// The HTTP application as a value: built from its parts, so tests can build one around a
// different upstream without a socket.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Health } from '../shared/api/health.ts';
import type { AgendaReader } from './agenda/read-agenda.ts';
import type { Logger } from './logger.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { apiError } from './routes/api-error.ts';
import { healthRoutes } from './routes/health.ts';
import { spaRoutes } from './routes/spa.ts';

export interface AppParts {
  logger: Logger;
  agendaReader: AgendaReader;
  dataSource: Health['dataSource'];
  version: string;
  /** The built SPA; omitted in API-only tests. */
  distDir?: string;
}

export function createApp(parts: AppParts) {
  const app = new Hono();
  app.use('*', compress());
  app.route('/api/health', healthRoutes({ dataSource: parts.dataSource, version: parts.version }));
  app.route('/api/agenda', agendaRoutes({ reader: parts.agendaReader, logger: parts.logger }));
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', `No such API route: ${c.req.path}`));
  if (parts.distDir) app.route('/', spaRoutes(parts.distDir));

  app.onError((error, c) => {
    parts.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return apiError(c, 500, 'internal', 'Something went wrong on the agenda server. Try again.');
  });
  return app;
}
