// Where Docplanner is: the real API when credentials are configured, otherwise the embedded
// sandbox, started here and reached over HTTP like the real thing.
import { sandboxClientId, sandboxClientSecret, startSandbox } from '../../sandbox/start.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

export interface UpstreamConnection {
  dataSource: 'sandbox' | 'docplanner';
  origin: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function connectUpstream(config: Config, logger: Logger): Promise<UpstreamConnection> {
  if (config.upstream.kind === 'docplanner') {
    logger.info({ origin: config.upstream.origin }, 'using the Docplanner Integrations API');
    return { dataSource: 'docplanner', ...config.upstream, close: async () => {} };
  }
  if (config.upstream.url) {
    logger.info({ sandbox: config.upstream.url }, 'using the stand-alone Docplanner sandbox');
    return {
      dataSource: 'sandbox',
      origin: config.upstream.url,
      clientId: sandboxClientId,
      clientSecret: sandboxClientSecret,
      close: async () => {},
    };
  }
  // The demo clinic lives: patients book, pay, move and cancel every 20–40 seconds.
  const sandbox = await startSandbox({
    port: 0,
    seed: config.upstream.seed,
    marketplace: { enabled: config.upstream.marketplace },
  });
  logger.info(
    { sandbox: sandbox.url, seed: config.upstream.seed, marketplace: config.upstream.marketplace },
    'no DOCPLANNER_CLIENT_ID/SECRET set: started the embedded Docplanner sandbox with the demo clinic',
  );
  return {
    dataSource: 'sandbox',
    origin: sandbox.url,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    close: () => sandbox.close(),
  };
}
