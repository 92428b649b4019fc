// What both ways of starting the real server as a child process share: a free port, an
// environment without Docplanner credentials, the child's output kept for error messages, and
// waiting until `/api/health` says ready.
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Asks the kernel for a free port on 127.0.0.1 (a tiny race with other programs we accept). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** The sandbox must be chosen even on a developer machine that has real credentials exported. */
export function withoutDocplannerCredentials(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !key.startsWith('DOCPLANNER_')),
  ) as NodeJS.ProcessEnv;
}

/** The child's stdout and stderr, the last 64 KiB of them. */
export function captureOutput(child: ChildProcess): () => string {
  const limit = 64 * 1024;
  let text = '';
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    if (text.length > limit) text = text.slice(-limit);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

/** Waits until `GET {url}/api/health` answers 200; fails at once if `exited()` says so. */
export async function waitUntilHealthy(
  url: string,
  exited: () => string | null,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    const gone = exited();
    if (gone !== null) throw new Error(`the server exited before it was ready (${gone})`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const body = await response.text();
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}: ${body.slice(0, 200)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`the server was not ready after ${timeoutMs} ms at ${url} (${lastProblem})`);
}
