// Starts the sandbox on a real socket: the BFF's embedded default upstream and the e2e tests use it.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandboxApp } from './app.ts';
import { createSandboxState } from './create-state.ts';
import type { FaultSettings } from './faults/settings.ts';
import {
  defaultRateLimits,
  type RateLimitSettings,
  sandboxClientId,
  sandboxClientSecret,
} from './state.ts';

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
  /**
   * The living marketplace (patients booking, paying, moving, cancelling). Off by default.
   * `eventsPerHour` counts sandbox hours (default 120: one step every 20–40 s at speed 1);
   * `clockSpeed` makes sandbox time run that many times faster than real time (default 1).
   */
  marketplace?: { enabled: boolean; eventsPerHour?: number; clockSpeed?: number };
  /** Docplanner's limits (GET 8000/h, writes 40/min) with X-RateLimit-* headers; off by default. */
  rateLimits?: boolean | Partial<Omit<RateLimitSettings, 'enabled'>>;
  /** Faults from the start (see POST /_sandbox/faults); none by default. */
  faults?: FaultSettings;
}

/** How often sandbox-time timers are checked in real time. */
const tickMs = 200;

export interface RunningSandbox {
  /** e.g. `http://127.0.0.1:43123`, no trailing slash. */
  url: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const rateLimits =
    options.rateLimits === undefined || options.rateLimits === false
      ? defaultRateLimits
      : {
          ...defaultRateLimits,
          ...(options.rateLimits === true ? {} : options.rateLimits),
          enabled: true,
        };
  const state = createSandboxState({
    seed: options.seed ?? 1,
    now: options.now,
    faults: options.faults,
    rateLimits,
    marketplace: options.marketplace && {
      enabled: options.marketplace.enabled,
      ...(options.marketplace.eventsPerHour !== undefined && {
        eventsPerHour: options.marketplace.eventsPerHour,
      }),
    },
  });
  if (options.marketplace?.clockSpeed) state.clock.setSpeed(options.marketplace.clockSpeed);
  // Timers (push retries, payment windows, scenario steps) fire as sandbox time passes.
  const tick = setInterval(() => state.timers.runDue(), tickMs);
  tick.unref();
  const app = createSandboxApp(state);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const failToListen = (error: Error) => {
      clearInterval(tick);
      reject(error);
    };
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      (info: AddressInfo) => {
        server.off('error', failToListen);
        const urlHost = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${urlHost}:${info.port}`,
          clientId: state.credentials.clientId,
          clientSecret: state.credentials.clientSecret,
          close: () =>
            new Promise<void>((done, fail) => {
              clearInterval(tick);
              server.close((error) => (error ? fail(error) : done()));
              // Keep-alive connections would hold close() open; the sandbox has nothing to drain.
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', failToListen);
  });
}
