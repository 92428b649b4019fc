// Starts bare-http-process.ts as a child process on a free port of 127.0.0.1 and stops it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BareHttpServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export type BareHttpMode =
  | { mode: 'sink' }
  | { mode: 'file'; body: Buffer; headers: Record<string, string> };

export async function startBareHttpServer(options: BareHttpMode): Promise<BareHttpServer> {
  const scratch = await mkdtemp(join(tmpdir(), 'online-agenda-bare-'));
  const env: NodeJS.ProcessEnv = { ...process.env, BARE_HTTP_MODE: options.mode };
  if (options.mode === 'file') {
    const bodyFile = join(scratch, 'body');
    await writeFile(bodyFile, options.body);
    env.BARE_HTTP_BODY_FILE = bodyFile;
    env.BARE_HTTP_HEADERS = JSON.stringify(options.headers);
  }
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'bare-http-process.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }
    process.removeListener('exit', killOnExit);
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the bare server did not start in 10 s')),
        10_000,
      );
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        const line = text.split('\n')[0];
        if (text.includes('\n') && line) {
          clearTimeout(timer);
          resolvePort((JSON.parse(line) as { port: number }).port);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the bare server exited with code ${code} before listening`));
      });
    });
    return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
