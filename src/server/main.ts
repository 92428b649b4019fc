// Composition root: config → upstream → agenda → routes → listen.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serve } from '@hono/node-server';
import packageJson from '../../package.json' with { type: 'json' };
import { createFacilityDirectory } from './agenda/facility-directory.ts';
import { createAgendaReader } from './agenda/read-agenda.ts';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { connectUpstream } from './upstream/connect-upstream.ts';
import { createDocplannerApi } from './upstream/docplanner-api.ts';
import { createDocplannerHttp } from './upstream/http.ts';
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
await mkdir(config.dataDir, { recursive: true });

const upstream = await connectUpstream(config, logger);
const tokens = createTokenSource(upstream);
const api = createDocplannerApi(createDocplannerHttp({ origin: upstream.origin, tokens }));
const directory = createFacilityDirectory({ api, facilityId: config.facilityId });
const agendaReader = createAgendaReader({
  api,
  directory,
  dataSource: upstream.dataSource,
  timeZone: config.timeZone,
  allowHttpVideoLinks: config.allowHttpVideoLinks,
  onRefusedVideoLink: (bookingId, reason) =>
    logger.warn({ bookingId, reason }, 'video link refused: not shown as a link'),
});

const app = createApp({
  logger,
  agendaReader,
  dataSource: upstream.dataSource,
  version: packageJson.version,
  distDir: path.resolve(import.meta.dirname, '../../dist'),
});

const server = serve(
  { fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
  (info) => {
    const url = `http://localhost:${info.port}`;
    logger.info({ url, dataSource: upstream.dataSource }, 'Online Agenda is listening');
    process.stdout.write(`\nOnline Agenda: ${url}\n\n`);
  },
);
server.on('error', (error) => {
  logger.fatal({ err: error }, 'could not start the HTTP server');
  process.exit(1);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  await upstream.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
