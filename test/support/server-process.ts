// Starts the real BFF (`node src/server/main.ts`) as a child process on a port and data folder the
// caller chooses, so a test can SIGKILL it and start it again on the same port (Docplanner pushes
// to a URL that carries the port) and the same data. The caller owns the data folder. API only:
// the built SPA is not needed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { captureOutput, waitUntilHealthy, withoutDocplannerCredentials } from './child-server.ts';

export { findFreePort } from './child-server.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface ServerProcessOptions {
  port: number;
  dataDir: string;
  /** Extra environment, e.g. `{ NOTIFICATIONS_MODE: 'push', SANDBOX_URL: … }`. */
  env?: Record<string, string>;
  /** How long to wait for `GET /api/health` to answer 200; default 30 s. */
  readyTimeoutMs?: number;
}

export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  url: string;
  port: number;
  dataDir: string;
  pid: number;
  /** What the server printed so far (the last 64 KB), for failure messages. */
  output: () => string;
  /** Sends `signal` (SIGKILL by default) and resolves once the process is gone. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. Safe to call twice. */
  stop: () => Promise<void>;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...withoutDocplannerCredentials(process.env),
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  // Should the test process end without stopping it (a crash, a timeout), the server goes too.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (!gone()) child.kill(signal);
    await exited;
    process.removeListener('exit', killOnExit);
  };
  const stop = async () => {
    if (!gone()) {
      child.kill('SIGTERM');
      const inTime = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((wake) => setTimeout(() => wake(false), 5_000)),
      ]);
      if (!inTime) child.kill('SIGKILL');
    }
    await exited;
    process.removeListener('exit', killOnExit);
  };

  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilHealthy(
      url,
      () => (gone() ? 'it exited' : null),
      options.readyTimeoutMs ?? 30_000,
    );
  } catch (error) {
    await kill();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n--- server output ---\n${output()}`);
  }
  return {
    url,
    port: options.port,
    dataDir: options.dataDir,
    pid: child.pid as number,
    output,
    kill,
    stop,
  };
}
