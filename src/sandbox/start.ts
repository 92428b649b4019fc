// Starts the sandbox on a real socket: the BFF's embedded default upstream and the e2e tests use it.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandboxApp } from './app.ts';
import { createSandboxState, sandboxClientId, sandboxClientSecret } from './state.ts';

export { sandboxClientId, sandboxClientSecret };

export interface SandboxOptions {
  /** 0 = an ephemeral port (the default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed of the demo data; default 1. */
  seed?: number;
  /** The clock the sandbox starts from; default the real clock. */
  now?: () => Date;
}

export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:43123`, no trailing slash. */
  url: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = createSandboxState({ seed: options.seed ?? 1, now: options.now });
  const app = createSandboxApp(state);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      (info: AddressInfo) => {
        server.off('error', reject);
        const urlHost = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${urlHost}:${info.port}`,
          clientId: state.credentials.clientId,
          clientSecret: state.credentials.clientSecret,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections would hold close() open; the sandbox has nothing to drain.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
