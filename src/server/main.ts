// The process: configuration, Docplanner (or the embedded sandbox), the server built by the
// composition root (build-server.ts), the socket, and a graceful stop on SIGINT and SIGTERM.
import { serve } from '@hono/node-server';
import { buildServer } from './build-server.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { connectUpstream } from './upstream/connect-upstream.ts';

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
const upstream = await connectUpstream(config, logger);
const server = buildServer(config, { logger, upstream });
await server.prepare().catch((error: unknown) => {
  // Most often the database: PostgreSQL not reachable at DATABASE_URL, or a migration refused.
  logger.fatal({ err: error, store: server.services.store.dialect }, 'could not start');
  process.exit(1);
});

const http = serve(
  { fetch: server.app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
  (info) => {
    server
      .start(info.port)
      .then(() => {
        const url = `http://localhost:${info.port}`;
        logger.info(
          {
            url,
            dataSource: upstream.dataSource,
            notifications: config.notifications.mode,
            store: server.services.store.dialect,
          },
          'Online Agenda is listening',
        );
        process.stdout.write(`\nOnline Agenda: ${url}\n\n`);
      })
      .catch((error: unknown) => {
        logger.fatal({ err: error }, 'could not start receiving notifications');
        process.exit(1);
      });
  },
);
http.on('error', (error) => {
  logger.fatal({ err: error }, 'could not start the HTTP server');
  process.exit(1);
});

async function stop(signal: string) {
  await server.stop({
    reason: signal,
    // Live streams are open for ever: closing every connection lets the server close.
    closeHttp: () => {
      http.close();
      if ('closeAllConnections' in http) http.closeAllConnections();
    },
  });
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
