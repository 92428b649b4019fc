// `node test/bench/profile-ingest.ts [out-dir]`: the ingestion row's load against one server
// started with --cpu-prof, then the profile's top functions by self time. For finding where the
// webhook's time goes; not part of `npm run bench`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  captureOutput,
  waitUntilHealthy,
  withoutDocplannerCredentials,
} from '../support/child-server.ts';
import { currentWeek, slotBookedBody } from './booking-notifications.ts';
import { pushModeEnv, pushNotifications, waitUntilProcessed } from './webhook-push.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'ingest-prof-')));
const count = Number(process.env.PROFILE_NOTIFICATIONS ?? 6_000);
const concurrency = Number(process.env.PROFILE_CONCURRENCY ?? 48);
const dataDir = await mkdtemp(join(tmpdir(), 'ingest-prof-data-'));

const child: ChildProcess = spawn(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${outDir}`, 'src/server/main.ts'],
  {
    cwd: repoRoot,
    env: {
      ...withoutDocplannerCredentials(process.env),
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SANDBOX_MARKETPLACE: 'off',
      ...pushModeEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
const log = captureOutput(child);
let port = 0;
for (let tries = 0; tries < 600 && !port; tries++) {
  const match = /Online Agenda: http:\/\/localhost:(\d+)/.exec(log());
  if (match) port = Number(match[1]);
  else await new Promise((wake) => setTimeout(wake, 50));
}
if (!port) throw new Error(`no port:\n${log()}`);
const url = `http://127.0.0.1:${port}`;
await waitUntilHealthy(url, () => null, 30_000);
// PROFILE_STRACE=1: also count the server's syscalls that touch the disk (fsync above all).
const strace = process.env.PROFILE_STRACE
  ? spawn(
      'strace',
      [
        ...(process.env.PROFILE_STRACE === 'log'
          ? ['-o', join(outDir, 'strace.log'), '-y']
          : ['-c']),
        '-f',
        '-p',
        String(child.pid),
        '-e',
        'trace=fsync,fdatasync,pwrite64,pread64',
      ],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
  : undefined;
if (strace) await new Promise((wake) => setTimeout(wake, 500));

const { monday } = currentWeek();
const series = {
  firstMonday: monday,
  perWeek: count,
  idBase: 700_000_000,
  bookedAt: new Date().toISOString(),
};
const bodies = Array.from({ length: count }, (_, index) =>
  Buffer.from(slotBookedBody(series, index)),
);
const started = performance.now();
const result = await pushNotifications({
  origin: url,
  count,
  concurrency,
  body: (index) => bodies[index]!,
  maxDurationMs: 120_000,
});
const ackMs = result.elapsedMs;
await waitUntilProcessed({ sqliteDataDir: dataDir }, count, 120_000);
const allMs = performance.now() - started;
console.log(
  `acked ${count} in ${Math.round(ackMs)} ms (${Math.round((count / ackMs) * 1000)}/s), processed all in ${Math.round(allMs)} ms; p50 ${result.latency.percentile(0.5).toFixed(1)} ms`,
);
if (strace) {
  const traced = new Promise((done) => strace.once('exit', done));
  strace.kill('SIGINT');
  await traced;
}
const exited = new Promise((done) => child.once('exit', done));
child.kill('SIGTERM');
await exited;

const file = (await readdir(outDir)).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile in ${outDir}`);
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(await readFile(join(outDir, file), 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const self = new Map<number, number>();
profile.samples.forEach((id, index) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});
const byFunction = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const us = self.get(node.id) ?? 0;
  total += us;
  const where = node.callFrame.url
    .replace(`file://${repoRoot}/`, '')
    .replace(/^.*node_modules\//, '');
  const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
}
const top = [...byFunction]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.PROFILE_TOP ?? 40));
console.log(`profile ${join(outDir, file)}: ${(total / 1000).toFixed(0)} ms sampled`);
for (const [key, us] of top) {
  console.log(
    `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`,
  );
}
